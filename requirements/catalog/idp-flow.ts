import type { Requirement } from '../types.ts';

/**
 * IdP flow requirements: one per step an IdP takes. The rule is the same for every IdP; what the
 * step sends and what that IdP needs back comes from its profile (fixtures/idp/<idp>/), which adds
 * its own references.
 */
export const idpFlow = [
  {
    id: 'idp/connection-test',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s connection test is answered the way that IdP needs to accept the endpoint.',
    refs: [],
  },
  {
    id: 'idp/create-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s create-user sequence (its existence check, then its POST) provisions the user and returns the id the IdP stores.',
    refs: [],
  },
  {
    id: 'idp/read-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s read of a provisioned user returns it with the attributes that IdP relies on.',
    refs: [],
  },
  {
    id: 'idp/remove-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s own way of removing a user (deactivate or delete) deprovisions it.',
    refs: [],
  },
] as const satisfies readonly Requirement[];
