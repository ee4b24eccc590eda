import { callApi } from './api-client';

export interface SessionUser {
  id: number;
  username: string;
  email: string;
  confirmed: boolean;
}

/** `undefined`: the server could not be asked; callers then keep the no-JavaScript behaviour. */
export type SessionState = SessionUser | null | undefined;

let current: Promise<SessionState> | null = null;

/** The signed-in citizen, asked once per page and shared by every script on it (header, signing, forms). */
export function getSession(): Promise<SessionState> {
  current ??= callApi<{ data?: { user?: SessionUser | null } }>('/api/core/session').then((r) => {
    if (!r.ok) return undefined;
    return r.body?.data?.user ?? null;
  });
  return current;
}

/** The session is gone (signed out, account deleted): every script on the page shows the guest's view again. */
export const SIGNED_OUT = 'vzd:signed-out';

export function sessionEnded(): void {
  current = Promise.resolve(null);
  document.dispatchEvent(new CustomEvent(SIGNED_OUT));
}

export async function logout(): Promise<boolean> {
  const result = await callApi('/api/core/session', { method: 'DELETE' });
  if (result.ok) sessionEnded();
  return result.ok;
}
