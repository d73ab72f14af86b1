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
    id: 'idp/find-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s lookup of a provisioned user by its matching attribute finds exactly that user.',
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
    id: 'idp/update-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s update of a user\'s attributes is accepted and reads back as sent.',
    refs: [],
  },
  {
    id: 'idp/deactivate-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s deactivation of a user is accepted and deprovisions the user.',
    refs: [],
  },
  {
    id: 'idp/read-deactivated-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'A user the IdP deactivated still reads back, with active false, the way that IdP reads it.',
    refs: [],
  },
  {
    id: 'idp/reactivate-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s reactivation of a deactivated user is accepted and makes the user active again.',
    refs: [],
  },
  {
    id: 'idp/delete-user',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s deletion of a user is accepted and the user is gone.',
    refs: [],
  },
  {
    id: 'idp/find-group',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s lookup of a pushed group finds it, with the attributes that IdP reads.',
    refs: [],
  },
  {
    id: 'idp/create-group',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s group push creates the group and returns the id the IdP stores.',
    refs: [],
  },
  {
    id: 'idp/link-group',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP links a group that already exists on the target: it finds the group\'s id by its name.',
    refs: [],
  },
  {
    id: 'idp/add-member',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s membership addition is accepted and puts that user in the group.',
    refs: [],
  },
  {
    id: 'idp/remove-member',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s membership removal is accepted and takes out exactly that user, leaving the other members.',
    refs: [],
  },
  {
    id: 'idp/rename-group',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s rename of a group is accepted and the new displayName reads back.',
    refs: [],
  },
  {
    id: 'idp/delete-group',
    level: 'MUST',
    area: 'idp-flow',
    rule: 'The IdP\'s deletion of a group is accepted and the group is gone.',
    refs: [],
  },
] as const satisfies readonly Requirement[];
