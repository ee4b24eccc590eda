/** What Strapi's content-API authentication leaves in `ctx.state.auth`: no credentials means no session. */
export interface AuthState {
  credentials?: unknown;
}

interface WrittenError {
  message?: string;
  details?: Record<string, unknown>;
}

/**
 * Strapi's refusal of a caller without a session on a route the public role may not call: its authorize step
 * writes a bare 403 "Forbidden" (`ctx.forbidden()`) because the public role lacks the permission. But the caller is
 * simply not signed in, so the platform answers 401 there, as it does for an expired session, and clients know to
 * offer sign-in. A handler's own 403 (a level of assurance, a wrong authority) has its own wording and stays.
 */
export function refusedForNoSession(status: number, error: WrittenError | undefined, auth: AuthState | undefined): boolean {
  if (status !== 403 || !error || !auth || auth.credentials != null) return false;
  return error.message === 'Forbidden' && Object.keys(error.details ?? {}).length === 0;
}
