/** Target profiles: what an endpoint is expected to do beyond the RFC (see DESIGN.md). */
export const TARGET_PROFILES = ['generic', 'cloudflare-account', 'cloudflare-account-legacy', 'cloudflare-access'] as const;
export type TargetProfile = (typeof TARGET_PROFILES)[number];

export function isTargetProfile(value: string): value is TargetProfile {
  return (TARGET_PROFILES as readonly string[]).includes(value);
}

export function isCloudflareAccountProfile(profile: TargetProfile): boolean {
  return profile === 'cloudflare-account' || profile === 'cloudflare-account-legacy';
}
