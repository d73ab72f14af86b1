import type { TestInfo } from '@playwright/test';
import { SetupError, type CreatedGroup, type ResourceFactory } from '../../../fixtures/resources.fixture.ts';

/**
 * A group as setup. A target that refuses to create it with a 4xx (the legacy Cloudflare model takes
 * only role-bound names, CLOUDFLARE.md A6) cannot run the check: it is skipped with the target's answer.
 * Whether creating groups works at all is the groups/create checks' verdict, not every check's.
 */
export async function groupOrSkip(resources: ResourceFactory, testInfo: TestInfo, members: readonly string[] = []): Promise<CreatedGroup> {
  try {
    return await resources.group(members);
  } catch (error) {
    if (error instanceof SetupError && error.status !== undefined && error.status >= 400 && error.status < 500) {
      testInfo.skip(true, `the target refused to create the group this check needs (${error.message.replace(/^setup could not create a group: /, '')})`);
    }
    throw error;
  }
}

/** Member ids of a Group representation. */
export function memberIds(group: Record<string, unknown> | undefined): string[] {
  const members = group?.members;
  if (!Array.isArray(members)) return [];
  return members.map((m) => (typeof m === 'object' && m !== null ? String((m as { value?: unknown }).value) : String(m)));
}
