import type { Emulator } from '../index.ts';

/** Every SCIM base the emulator serves: each account's dashboard SCIM and both forms of its Zero Trust IdP endpoint. */
export function scimBasePaths(emulator: Emulator): string[] {
  return emulator.accounts.flatMap((account) => {
    const access = emulator.access(account.key);
    return [account.scimBasePath, access.scimBasePath, access.cdnCgiScimBasePath];
  });
}
