import type { Core } from '@strapi/strapi';
import type { Authority } from '@vzd/core/server';
import { identityService, type AdmittedParticipant } from '@vzd/identity/server';
import { consultationSettings, type ConsultationSettings } from '../domain';

type Level = ConsultationSettings['participationLevel'];

/** The identity plugin's scope of a consultation's questionnaire: the person key differs for every consultation. */
export const answersScope = (consultationId: number) => `consultations:answers:${consultationId}`;

/**
 * Who may take part: the authority sets the identity level, the identity plugin knows how a person was verified
 * (403 `email_not_confirmed` / `verification_required` below the level). It also gives the verified name that
 * contributions are published under and, with a scope, the per-item person key of a verified person.
 */
const eligibility = ({ strapi }: { strapi: Core.Strapi }) => ({
  levelFor(authority: Authority): Level {
    return strapi.plugin('core').service('authorities').moduleSettings(authority, 'consultations', consultationSettings).participationLevel;
  },

  async admit(userId: number, authority: Authority, scope?: string): Promise<AdmittedParticipant> {
    return identityService(strapi, 'assurance').participant(userId, this.levelFor(authority), scope);
  },
});

export default eligibility;
