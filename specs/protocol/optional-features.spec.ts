import type { TestInfo } from '@playwright/test';
import { conformance, evidence, failCheck } from '../../fixtures/index.ts';
import { readServiceProviderConfig, unclaimedReason } from '../../fixtures/advertised.ts';
import { runPrefix, userResource } from '../../fixtures/data/user-data.ts';
import type { ResourceFactory } from '../../fixtures/resources.fixture.ts';
import { expect } from '../../fixtures/protocol-matchers.ts';
import type { ScimClient } from '../../lib/client/index.ts';
import { URN } from '../../lib/scim-uris.ts';
import { isJson, member, resourcesOf, show, type Json } from './support/bodies.ts';
import { setUpUser, userPath } from './support/users.ts';

/**
 * Optional features (RFC 7643 §5; RFC 7644 §3.4.2.3, §3.4.3, §3.7, §3.11, §3.14). Each check reads the
 * target's ServiceProviderConfig itself: a feature not claimed is skipped with that reason, one claimed
 * must work.
 */
async function requireClaim(scim: ScimClient, testInfo: TestInfo, capability: 'sort' | 'etag' | 'bulk' | 'changePassword'): Promise<void> {
  const reason = unclaimedReason(await readServiceProviderConfig(scim), capability);
  testInfo.skip(reason !== undefined, reason);
}

/** Three users whose given names sort differently from the order they were created in. */
async function unsortedUsers(scim: ScimClient, resources: ResourceFactory): Promise<Map<string, string>> {
  const byId = new Map<string, string>();
  for (const givenName of ['Mia', 'Ann', 'Zoe']) {
    const identity = resources.identity();
    const user = await setUpUser(scim, resources, { name: { givenName, familyName: identity.familyName } }, { ...identity, givenName });
    byId.set(user.id, givenName);
  }
  return byId;
}

/** The given names of `ids` in the order a sorted list answers them (filtered to the run when the target can). */
async function sortedNames(scim: ScimClient, run: string, ids: Map<string, string>, query: Record<string, string>): Promise<{ names: string[]; evidenceText: string }> {
  let response = await scim.get('/Users', { filter: `userName sw "${run}"`, count: 1000, ...query });
  if (response.status === 400) response = await scim.get('/Users', { count: 1000, ...query });
  await expect(response).toHaveStatus(200);
  const names = resourcesOf(response.json()).filter((r) => ids.has(String(r.id))).map((r) => ids.get(String(r.id))!);
  return { names, evidenceText: evidence(response) };
}

conformance('optional-features/sort/ascending', 'sortBy orders ascending by default', async ({ scim, resources, harnessConfig }, testInfo) => {
  await requireClaim(scim, testInfo, 'sort');
  const ids = await unsortedUsers(scim, resources);
  const { names, evidenceText } = await sortedNames(scim, runPrefix(harnessConfig.runId), ids, { sortBy: 'name.givenName' });
  if (names.join() !== 'Ann,Mia,Zoe') failCheck(`Expected sortBy=name.givenName to list the check's users as Ann, Mia, Zoe, but they come as ${names.join(', ')}.${evidenceText}`);
});

conformance('optional-features/sort/descending', 'sortOrder=descending reverses the order', async ({ scim, resources, harnessConfig }, testInfo) => {
  await requireClaim(scim, testInfo, 'sort');
  const ids = await unsortedUsers(scim, resources);
  const { names, evidenceText } = await sortedNames(scim, runPrefix(harnessConfig.runId), ids, { sortBy: 'name.givenName', sortOrder: 'descending' });
  if (names.join() !== 'Zoe,Mia,Ann') failCheck(`Expected sortOrder=descending to list the check's users as Zoe, Mia, Ann, but they come as ${names.join(', ')}.${evidenceText}`);
});

function versionOf(body: unknown): unknown {
  return isJson(body) && isJson(body.meta) ? body.meta.version : undefined;
}

conformance('optional-features/etag/version-header', 'the ETag header equals meta.version', async ({ scim, resources }, testInfo) => {
  await requireClaim(scim, testInfo, 'etag');
  const { id } = await setUpUser(scim, resources);
  const read = await scim.get(userPath(id));
  await expect(read).toHaveStatus(200);
  const version = versionOf(read.json());
  if (read.headers.etag === undefined || read.headers.etag !== version) failCheck(`Expected an ETag header equal to meta.version (RFC 7644 §3.14), but ETag is ${show(read.headers.etag)} and meta.version ${show(version)}.${evidence(read)}`);
});

conformance('optional-features/etag/version-changes', 'meta.version changes with the resource', async ({ scim, resources }, testInfo) => {
  await requireClaim(scim, testInfo, 'etag');
  const { id, identity } = await setUpUser(scim, resources);
  const before = await scim.get(userPath(id));
  const replaced = await scim.put(userPath(id), userResource({ ...identity, givenName: `${identity.givenName}-Changed` }));
  await expect(replaced).toHaveStatus(200);
  const after = await scim.get(userPath(id));
  if (before.headers.etag === undefined || before.headers.etag === after.headers.etag) {
    failCheck(`Expected the ETag to change when the User changed (RFC 7644 §3.14), but it is ${show(before.headers.etag)} before and ${show(after.headers.etag)} after.${evidence(before)}${evidence(after)}`);
  }
});

conformance('optional-features/etag/if-match-stale-412', 'a PUT with a stale If-Match answers 412', async ({ scim, resources }, testInfo) => {
  await requireClaim(scim, testInfo, 'etag');
  const { id, identity } = await setUpUser(scim, resources);
  const stale = (await scim.get(userPath(id))).headers.etag;
  if (stale === undefined) failCheck(`Expected an ETag on GET ${userPath(id)}, since etag is claimed, but there is none.`);
  await expect(await scim.put(userPath(id), userResource({ ...identity, givenName: `${identity.givenName}-First` }))).toHaveStatus(200);
  const late = await scim.put(userPath(id), userResource({ ...identity, givenName: `${identity.givenName}-Late` }), { headers: { 'if-match': stale } });
  await expect(late).toBeScimError(412);
  const read = await scim.get(userPath(id));
  const givenName = (read.json<Json>()?.name as Json | undefined)?.givenName;
  if (givenName !== `${identity.givenName}-First`) failCheck(`Expected the refused PUT to change nothing, but name.givenName is ${show(givenName)}.${evidence(read)}`);
});

conformance('optional-features/etag/if-none-match-304', 'a GET with the current ETag in If-None-Match answers 304', async ({ scim, resources }, testInfo) => {
  await requireClaim(scim, testInfo, 'etag');
  const { id } = await setUpUser(scim, resources);
  const current = (await scim.get(userPath(id))).headers.etag;
  if (current === undefined) failCheck(`Expected an ETag on GET ${userPath(id)}, since etag is claimed, but there is none.`);
  const again = await scim.get(userPath(id), undefined, { headers: { 'if-none-match': current } });
  await expect(again).toHaveStatus(304, 'RFC 7644 §3.14: the client already holds the current version.');
});

conformance('optional-features/bulk/claimed-works', 'POST /Bulk runs a BulkRequest', async ({ scim, resources }, testInfo) => {
  await requireClaim(scim, testInfo, 'bulk');
  const response = await scim.post('/Bulk', {
    schemas: [URN.bulkRequest],
    Operations: [{ method: 'POST', bulkId: 'user1', path: '/Users', data: userResource(resources.identity()) }],
  });
  const operations = response.json<{ Operations?: unknown }>()?.Operations;
  const first = Array.isArray(operations) && isJson(operations[0]) ? operations[0] : undefined;
  const location = typeof first?.location === 'string' ? first.location : undefined;
  if (location !== undefined) resources.track('Users', decodeURIComponent(location.split('/').pop()!));
  await expect(response).toHaveStatus(200);
  if (first?.status !== '201') failCheck(`Expected the BulkResponse to report the POST with status "201" (RFC 7644 §3.7), but its first operation is ${show(first)}.${evidence(response)}`);
});

conformance('optional-features/change-password/claimed-works', 'a PATCH of password is taken and not returned', async ({ scim, resources, faker }, testInfo) => {
  await requireClaim(scim, testInfo, 'changePassword');
  const { id } = await setUpUser(scim, resources);
  const changed = await scim.patch(userPath(id), { schemas: [URN.patchOp], Operations: [{ op: 'replace', path: 'password', value: `Sc1m-${faker.string.alphanumeric(16)}` }] });
  await expect(changed).toHaveStatus([200, 204], 'changePassword is claimed (RFC 7643 §5).');
  const read = await scim.get(userPath(id));
  if (member(read.json<Json>() ?? {}, 'password') !== undefined) failCheck(`Expected the password never to be returned (RFC 7643 §4.1.1), but the User carries one.${evidence(read)}`);
});

conformance('optional-features/search/post-search', 'POST /Users/.search answers like GET', async ({ scim, resources }, testInfo) => {
  const { id, identity } = await setUpUser(scim, resources);
  const response = await scim.post('/Users/.search', { schemas: [URN.searchRequest], filter: `userName eq "${identity.userName}"`, startIndex: 1, count: 10 });
  testInfo.skip([404, 405, 501].includes(response.status), `the target does not serve POST /Users/.search (it answered ${response.status}), which RFC 7644 §3.4.3 leaves optional`);
  await expect(response).toHaveStatus(200);
  const ids = resourcesOf(response.json()).map((r) => r.id);
  if (ids.length !== 1 || ids[0] !== id) failCheck(`Expected the search to return the one User its filter names (${id}), but it returned ${JSON.stringify(ids)}.${evidence(response)}`);
});

conformance('optional-features/me/answered', 'GET /Me answers the subject or 501', async ({ scim }) => {
  const response = await scim.get('/Me');
  if (response.status === 501) return;
  await expect(response).toHaveStatus([200, 501], 'RFC 7644 §3.11: /Me answers the authenticated subject, or 501 Not Implemented.');
  const schemas = response.json<Json>()?.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(URN.user)) failCheck(`Expected /Me to answer a User, but "schemas" is ${show(schemas)}.${evidence(response)}`);
});
