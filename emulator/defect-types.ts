/**
 * Defects: named switches that each break exactly one requirement, so the project can prove every
 * check can fail. A defect's name is the id of the requirement it breaks, or `<id>~<variant>` when a
 * requirement has several; `idp` is set when only that IdP's request shapes expose it.
 */
export interface Defect {
  readonly name: string;
  readonly breaks: string;
  readonly idp?: 'okta' | 'entra' | 'authentik';
  readonly description: string;
}
