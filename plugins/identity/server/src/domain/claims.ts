import { normalizeNationalId } from './identity-hash';

/**
 * Where the provider puts what we need, as claim names (from OIDC_CLAIM_*). A dotted name reaches a nested claim
 * (`address.locality`); the name mapping may list several claims to be joined (`family_name given_name`).
 */
export interface ClaimMapping {
  name: string;
  nationalId: string;
  community?: string;
}

export interface MappedIdentity {
  name: string;
  nationalId: string;
  community: string | null;
}

export type ClaimsVerdict = { ok: true; identity: MappedIdentity } | { ok: false; missing: ('name' | 'nationalId')[] };

const MAX_NAME = 300;
const MAX_COMMUNITY = 200;

export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let current: unknown = claims;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
};

export function mapClaims(claims: Record<string, unknown>, mapping: ClaimMapping): ClaimsVerdict {
  const nameParts = mapping.name
    .split(/\s+/)
    .filter(Boolean)
    .map((path) => text(claimAt(claims, path)))
    .filter((part): part is string => part !== null);
  const name = nameParts.join(' ').slice(0, MAX_NAME);
  const nationalId = normalizeNationalId(claimAt(claims, mapping.nationalId));
  const missing: ('name' | 'nationalId')[] = [];
  if (!name) missing.push('name');
  if (!nationalId) missing.push('nationalId');
  if (missing.length > 0 || !nationalId) return { ok: false, missing };

  const community = mapping.community ? text(claimAt(claims, mapping.community)) : null;
  return {
    ok: true,
    identity: { name, nationalId, community: community ? community.toLowerCase().slice(0, MAX_COMMUNITY) : null },
  };
}
