export type AuthorityKind = 'central' | 'regional' | 'community';

/**
 * What a module's settings parser may know about the authority when it fills in defaults. National bodies (the
 * Cabinet, the Verkhovna Rada, the President's office and other central bodies) follow the state's own e-petition
 * rules, which ask for a verified identity; a regional administration or a community chooses for itself.
 */
export interface SettingsContext {
  national: boolean;
}

export function settingsContext(authority: { kind?: AuthorityKind | null }): SettingsContext {
  return { national: authority.kind === 'central' };
}
