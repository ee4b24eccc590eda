import { createHmac } from 'node:crypto';

/**
 * The national identifier (RNOKPP, or the passport number of a person who refused one on religious grounds) in one
 * spelling: no spaces or dashes, upper case. Anything that does not look like an identifier is refused.
 */
export function normalizeNationalId(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const value = String(raw).normalize('NFKC').replace(/[\s-]+/g, '').toUpperCase();
  return /^[0-9A-ZА-ЯІЇЄҐ]{6,20}$/u.test(value) ? value : null;
}

/**
 * A keyed hash (HMAC-SHA-256 under a server secret) of the identifier: enough to see that two accounts belong to
 * the same person, useless for learning the identifier itself — without the key, hashing all 10^10 RNOKPPs gives
 * nothing to compare with. The issuer is deliberately left out, so a person verified through Diia and through
 * BankID is still one person.
 */
export function nationalIdHash(key: string, nationalId: string): string {
  if (key.length < 16) throw new Error('IDENTITY_HASH_KEY is too short');
  return createHmac('sha256', key).update(`national-id:${nationalId}`).digest('hex');
}
