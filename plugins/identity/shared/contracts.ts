import { z } from 'zod';

/** Public contracts of the identity plugin: the site and the tests read the same schemas the server writes. */

export const assuranceLevel = z.enum(['none', 'email', 'verified']);
export type AssuranceLevelName = z.infer<typeof assuranceLevel>;

/** `GET /api/identity/me`: how sure the platform is of who the citizen is, and what it knows from the provider. */
export const identityMe = z.object({
  level: assuranceLevel,
  /** The name the identity provider gave; null until verified. */
  name: z.string().nullable(),
  /** Community of residence (slug or code as the provider gives it), when the provider tells it. */
  community: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  /** False when this installation has no identity provider configured. */
  verificationAvailable: z.boolean(),
});
export type IdentityMe = z.infer<typeof identityMe>;
export const identityMeResponse = z.object({ data: identityMe });

/** `GET /api/identity/verify/start?next=/uk/...`: where to come back to (a path on this site). */
export const verifyStartQuery = z.object({ next: z.string().max(500).optional() });

/** What the provider sends back to `GET /api/identity/verify/callback` (RFC 6749 §4.1.2, RFC 9207 `iss`). */
export const verifyCallbackQuery = z.object({
  code: z.string().min(1).max(4096).optional(),
  state: z.string().min(1).max(200).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().max(500).optional(),
});

/** After the redirect back, the return path carries `?verified=1` or `?verification_error=<code>`. */
export const verificationError = z.enum([
  /** The citizen declined at the provider. */
  'access_denied',
  /** The answer belongs to no verification we started. */
  'invalid_state',
  /** The same answer came twice (a replayed code). */
  'already_used',
  /** The citizen took longer than a verification may last (10 minutes). */
  'expired',
  /** Nobody is signed in (any more). */
  'sign_in_required',
  /** Started by another account than the one signed in now. */
  'session_mismatch',
  /** The provider failed, or answered something that did not validate. */
  'provider_error',
  /** The provider gave no name or no national identifier. */
  'missing_claims',
  /** This person has already verified another account. */
  'already_verified_elsewhere',
  /** The account is already verified as another person. */
  'different_person',
  /** No identity provider is configured on this installation. */
  'unavailable',
]);
export type VerificationErrorCode = z.infer<typeof verificationError>;

/** `DELETE /api/identity/me`: deleting the account needs the password again. */
export const deleteAccountRequest = z.object({ password: z.string().min(1).max(200) });
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequest>;
export const deleteAccountResponse = z.object({ data: z.object({ deleted: z.literal(true) }) });

/** `GET /api/identity/me/export`: everything the platform holds about the citizen. */
export const accountExport = z.object({
  exportedAt: z.string(),
  account: z.object({
    id: z.number().int(),
    username: z.string(),
    email: z.string(),
    confirmed: z.boolean(),
    createdAt: z.string().nullable(),
  }),
  identity: z
    .object({
      level: z.literal('verified'),
      name: z.string(),
      community: z.string().nullable(),
      verifiedAt: z.string(),
      issuer: z.string(),
      nationalId: z.literal('not stored: only a keyed hash that cannot be turned back into the number'),
    })
    .nullable(),
  /** One entry per participation module (petitions: authored and signed; notifications: subscriptions …). */
  modules: z.record(z.string(), z.unknown()),
});
export type AccountExport = z.infer<typeof accountExport>;
export const accountExportResponse = z.object({ data: accountExport });
