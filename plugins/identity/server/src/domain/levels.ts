/**
 * Levels of assurance of a citizen account, weakest first: an account whose email is not confirmed yet, a
 * confirmed email address, and an identity proven by an external provider (Diia, BankID) over OpenID Connect.
 */
export const ASSURANCE_LEVELS = ['none', 'email', 'verified'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

/** What an authority can require for an action: never less than a confirmed email. */
export type RequiredLevel = Exclude<AssuranceLevel, 'none'>;

const rank = (level: AssuranceLevel): number => ASSURANCE_LEVELS.indexOf(level);

export function meetsLevel(have: AssuranceLevel, need: RequiredLevel): boolean {
  return rank(have) >= rank(need);
}

/** A verified identity counts only on a confirmed account: nobody signs from an address they never proved. */
export function levelOfAccount(account: { confirmed: boolean; verified: boolean }): AssuranceLevel {
  if (!account.confirmed) return 'none';
  return account.verified ? 'verified' : 'email';
}
