/**
 * What the Allure report shows of a check, computed by the reporter from the check's requirement and
 * project, so the worker sends Allure nothing at run time: epic = IdP project (or "protocol"), feature
 * = area, story = requirement, severity from the level, the rule as the description, links from the
 * references, and parameters that tell runs apart. The testCaseId is the requirement's, so history
 * survives a renamed title.
 */
import type { RuntimeMetadataMessage } from 'allure-js-commons/sdk';

import { findRequirement, parseRef, refLabel, refToUrl, type Ref } from '../requirements/index.ts';
import { extraRefsOf, requirementIdOf } from './check-annotations.ts';
import type { Annotation, CaseInput } from './test-input.ts';

type Metadata = RuntimeMetadataMessage['data'];

const SEVERITY = { MUST: 'critical', SHOULD: 'normal', MAY: 'minor' } as const;

export interface CheckContext {
  /** The project's metadata: idp, variant, targetProfile. */
  project: Readonly<Record<string, unknown>>;
  seed: unknown;
}

export function checkMetadata(test: CaseInput, annotations: readonly Annotation[], context: CheckContext): Metadata {
  const id = requirementIdOf(test, annotations);
  const req = id === undefined ? undefined : findRequirement(id);
  if (id === undefined || req === undefined) return {};
  const idp = String(context.project['idp'] ?? 'protocol');
  const variant = context.project['variant'];
  const extra = extraRefsOf(test, annotations).flatMap((text) => parseRef(text) ?? []);
  const refs: Ref[] = [...req.refs, ...extra];
  const links = [...new Map(refs.flatMap((ref) => {
    const url = refToUrl(ref);
    return url === undefined ? [] : [[url, { url, name: refLabel(ref) }] as const];
  })).values()];
  const parameters: NonNullable<Metadata['parameters']> = [];
  if (typeof variant === 'string' && variant !== '') parameters.push({ name: 'IdP variant', value: variant });
  parameters.push({ name: 'target profile', value: String(context.project['targetProfile'] ?? '') });
  // Excluded from the history id: the same check under another seed is the same check.
  parameters.push({ name: 'seed', value: String(context.seed ?? ''), excluded: true });
  return {
    labels: [
      { name: 'epic', value: idp },
      { name: 'feature', value: req.area },
      { name: 'story', value: id },
      { name: 'severity', value: SEVERITY[req.level] },
    ],
    testCaseId: `${idp}:${id}`,
    description: `**${req.level}**: ${req.rule}`,
    parameters,
    links,
  };
}
