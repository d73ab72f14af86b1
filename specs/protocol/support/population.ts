import type { ScimClient } from '../../../lib/client/index.ts';
import { URN } from '../../../lib/scim-uris.ts';
import type { AdvertisedSchemas } from '../../../fixtures/advertised.ts';
import { GROUP_MEMBERS, groupName, PEOPLE, personBody, type GroupLabel, type PersonLabel } from '../../../fixtures/data/filter-population.ts';
import type { ResourceFactory } from '../../../fixtures/resources.fixture.ts';
import { isJson, valueAt, type Json } from './bodies.ts';
import { setUpUser } from './users.ts';

export interface Population {
  prefix: string;
  /** The target's representation of each, as its 201 gave it. */
  people: Record<PersonLabel, Json>;
  groups: Partial<Record<GroupLabel, Json>>;
}

/** The body without what the target does not advertise, so a narrower target still takes it. */
export function advertisedOnly(body: Json, advertised: AdvertisedSchemas): Json {
  const kept: Json = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'schemas') kept.schemas = (value as string[]).filter((urn) => urn === URN.user || advertised.has(urn));
    else if (key.startsWith('urn:')) {
      if (advertised.has(key)) kept[key] = value;
    } else if (advertised.attribute(URN.user, key) !== undefined) {
      kept[key] = isJson(value) ? Object.fromEntries(Object.entries(value).filter(([sub]) => advertised.attribute(URN.user, `${key}.${sub}`) !== undefined)) : value;
    }
  }
  return kept;
}

export async function createPopulation(scim: ScimClient, resources: ResourceFactory, advertised: AdvertisedSchemas, prefix: string, withGroups: boolean): Promise<Population> {
  const people = {} as Record<PersonLabel, Json>;
  for (const label of PEOPLE) {
    const body = advertisedOnly(personBody(label, prefix), advertised);
    people[label] = (await setUpUser(scim, resources, body)).resource;
  }
  const groups: Partial<Record<GroupLabel, Json>> = {};
  if (withGroups) {
    for (const [label, members] of Object.entries(GROUP_MEMBERS) as Array<[GroupLabel, readonly PersonLabel[]]>) {
      const group = await scim.post('/Groups', { schemas: [URN.group], displayName: groupName(label, prefix), members: members.map((m) => ({ value: people[m].id })) });
      const body = group.json<Json>();
      if (group.status === 201 && typeof body?.id === 'string') {
        resources.track('Groups', body.id);
        groups[label] = body;
      }
    }
  }
  return { prefix, people, groups };
}

/** The same instant as a dateTime, written with a +02:00 offset (RFC 3339). */
function withOffset(dateTime: string): string {
  const instant = new Date(Date.parse(dateTime) + 2 * 3_600_000).toISOString();
  return `${instant.slice(0, -1)}+02:00`;
}

const MODIFIERS: Record<string, (value: string) => string> = {
  upper: (value) => value.toUpperCase(),
  lower: (value) => value.toLowerCase(),
  offset: withOffset,
};

/**
 * Fills a case's placeholders: `{prefix}`, `{ada.userName}`, `{alpha.id}`, `{ada.meta.created|offset}`.
 * With no population (a probe before creating it), each is a value of the right kind that matches nothing.
 * Undefined when the target's representation lacks the value (a profile without meta.created).
 */
export function expand(template: string, population: Population | undefined, prefix: string): string | undefined {
  let missing = false;
  const text = template.replace(/\{([a-z]+)(?:\.([A-Za-z.]+))?(?:\|([a-z]+))?\}/g, (_all, owner: string, path: string | undefined, modifier: string | undefined) => {
    let value: unknown;
    if (owner === 'prefix') value = prefix;
    else if (population === undefined) value = path?.startsWith('meta.') ? '2000-01-01T00:00:00Z' : `${prefix}.probe`;
    else value = valueAt((population.people[owner as PersonLabel] ?? population.groups[owner as GroupLabel] ?? {}) as Json, path ?? 'id');
    if (typeof value !== 'string') {
      missing = true;
      return '';
    }
    return modifier === undefined ? value : MODIFIERS[modifier]!(value);
  });
  return missing ? undefined : text;
}
