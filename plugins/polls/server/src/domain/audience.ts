import type { Bilingual } from './bilingual';
import { AUDIENCE_LABELS, type Audience } from './statuses';

/** What is known about the person who wants to answer. */
export interface Participant {
  /**
   * Ids of the authorities the person is a verified resident of (their community and the bodies above it), or
   * null when residence cannot be verified at all on this installation.
   */
  residentOf: number[] | null;
  /** Whether the person acts for a CSO in the register (the register does not exist yet: always false). */
  representsCso: boolean;
}

export type EligibilityRefusal = { code: 'residence_required' | 'cso_required'; message: Bilingual };

/**
 * Whether the person belongs to the poll's audience. A resident of a community is also a resident of the region
 * it belongs to, so a regional poll for residents accepts everyone living in its communities.
 */
export function eligibility(audience: Audience, pollAuthorityId: number, who: Participant): { ok: true } | ({ ok: false } & EligibilityRefusal) {
  switch (audience) {
    case 'everyone':
      return { ok: true };
    case 'residents':
      if (who.residentOf?.includes(pollAuthorityId)) return { ok: true };
      return {
        ok: false,
        code: 'residence_required',
        message: {
          uk: `Це опитування лише для мешканців громади («${AUDIENCE_LABELS.residents.uk}»): потрібне підтверджене місце проживання.`,
          en: `This poll is for residents only ("${AUDIENCE_LABELS.residents.en}"): a verified residence is required.`,
        },
      };
    case 'csos':
      if (who.representsCso) return { ok: true };
      return {
        ok: false,
        code: 'cso_required',
        message: {
          uk: 'Це опитування лише для зареєстрованих інститутів громадянського суспільства.',
          en: 'This poll is for registered civil-society organisations only.',
        },
      };
  }
}
