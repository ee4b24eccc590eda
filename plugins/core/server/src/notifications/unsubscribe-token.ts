import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one-click unsubscribe link works without logging in, so it carries who it is for and what it stops, signed
 * with HMAC-SHA256. It does not expire: a link in a mail from last year must still work (RFC 8058 asks the link to
 * keep working for a reasonable time; stopping mail is harmless, so "always" is the simple answer).
 */
export interface UnsubscribeClaim {
  /** `user:<id>` or `admin:<id>`. */
  recipient: string;
  /** `sub:<subscription id>` stops one subscription; `cat:<category>` stops a kind of mail. */
  scope: string;
}

const VERSION = 'u1';
const RECIPIENT = /^(user|admin):\d{1,12}$/;
const SCOPE = /^(sub:\d{1,18}|cat:[a-z0-9][a-z0-9._-]{0,99})$/;

const mac = (key: Buffer | string, body: string) => createHmac('sha256', key).update(`${VERSION}.${body}`).digest();

export function isValidClaim(claim: UnsubscribeClaim): boolean {
  return RECIPIENT.test(claim.recipient) && SCOPE.test(claim.scope);
}

export function signUnsubscribe(claim: UnsubscribeClaim, key: Buffer | string): string {
  if (!isValidClaim(claim)) throw new RangeError(`not an unsubscribe claim: ${JSON.stringify(claim)}`);
  const body = Buffer.from(`${claim.recipient}|${claim.scope}`, 'utf8').toString('base64url');
  return `${VERSION}.${body}.${mac(key, body).toString('base64url')}`;
}

/** The claim, or null for anything not signed by us (tampered, truncated, another version). */
export function verifyUnsubscribe(token: string, key: Buffer | string): UnsubscribeClaim | null {
  if (typeof token !== 'string' || token.length > 512) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return null;
  const [, body, signature] = parts;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [recipient, scope, ...extra] = Buffer.from(body, 'base64url').toString('utf8').split('|');
  const claim = { recipient, scope };
  return extra.length === 0 && isValidClaim(claim) ? claim : null;
}

/** A key of its own for unsubscribe links, derived from a platform secret so no new secret has to be managed. */
export function deriveUnsubscribeKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('vzd-unsubscribe-links').digest();
}
