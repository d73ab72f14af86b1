/**
 * A requirement is one rule a target is held to. Its id is stable and path-like
 * (`users/create/201-with-id`, `lifecycle/L3-grant-role`); section numbers live in `refs`, never in the id,
 * so a renumbered RFC or a renamed check keeps its history.
 */
export type Level = 'MUST' | 'SHOULD' | 'MAY';

/** Where a check's area comes from: the console matrix and the report group checks by it. */
export type Area =
  | 'discovery'
  | 'users'
  | 'groups'
  | 'filters'
  | 'pagination'
  | 'attributes'
  | 'patch'
  | 'errors'
  | 'optional-features'
  | 'lifecycle'
  | 'idp-flow'
  | 'cloudflare-rules'
  | 'access'
  | 'robustness'
  | 'security';

/**
 * A structured reference. Exactly one key per object: the document family, and the section or anchor
 * in it. Links are built from these in one place (requirements/links.ts).
 */
export type Ref =
  | { rfc7643: string }
  | { rfc7644: string }
  | { rfc6750: string }
  | { lifecycle: 'L1' | 'L2' | 'L3' | 'L4' | 'L5' }
  | { cloudflare: string }
  | { okta: string }
  | { entra: string }
  | { authentik: string };

export interface Requirement {
  id: string;
  level: Level;
  area: Area;
  /** One declarative sentence: what the target must (should, may) do. */
  rule: string;
  refs: readonly Ref[];
  /**
   * The capability in ServiceProviderConfig this requirement depends on (MAY features and optional
   * endpoints). A target that does not advertise it gets a skip with the reason, not a pass.
   */
  capability?: 'patch' | 'bulk' | 'filter' | 'changePassword' | 'sort' | 'etag';
}
