/** The target profiles the embedded emulator plays; each must run clean, and each proves its own checks. */
export const EMULATED_PROFILES = ['cloudflare-account', 'cloudflare-account-legacy', 'generic', 'cloudflare-access'] as const;

/**
 * What each profile's proof run covers. The current Cloudflare model and the plain RFC server run and
 * prove every check; the legacy model and Zero Trust Access run and prove the areas whose behaviour is
 * their own, the rest being the same emulator code on the same paths as the current model.
 */
export const PROOF_AREAS: Record<(typeof EMULATED_PROFILES)[number], string> = {
  'cloudflare-account': '',
  generic: '',
  'cloudflare-account-legacy': 'cloudflare-rules,lifecycle,groups',
  'cloudflare-access': 'access,users,groups',
};
