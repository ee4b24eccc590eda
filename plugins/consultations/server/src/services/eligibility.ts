import type { Core } from '@strapi/strapi';
import { forbidden, type Authority } from '@vzd/core/server';
import { consultationSettings, type ConsultationSettings } from '../domain';

type Level = ConsultationSettings['participationLevel'];
interface AssuranceService {
  assertLevel(userId: number, level: Level): Promise<void>;
}

/**
 * Who may take part: the authority sets the identity level. The identity plugin knows how a person was
 * verified; until it offers `assurance`, only the email level can be checked here (a confirmed account), and a
 * "verified" requirement refuses everyone rather than letting unverified people through.
 */
const eligibility = ({ strapi }: { strapi: Core.Strapi }) => {
  const assurance = (): AssuranceService | undefined => {
    try {
      return strapi.plugin('identity')?.service('assurance') as AssuranceService | undefined;
    } catch {
      return undefined;
    }
  };

  return {
    levelFor(authority: Authority): Level {
      return strapi.plugin('core').service('authorities').moduleSettings(authority, 'consultations', consultationSettings).participationLevel;
    },

    async assertMayParticipate(userId: number, authority: Authority): Promise<void> {
      const level = this.levelFor(authority);
      const service = assurance();
      if (service && typeof service.assertLevel === 'function') {
        await service.assertLevel(userId, level);
        return;
      }
      if (level === 'verified') {
        throw forbidden('verification_required', {
          uk: 'Цей орган приймає пропозиції лише від осіб із підтвердженою особою',
          en: 'This authority accepts contributions only from people with a verified identity',
        });
      }
      const user = (await strapi.db.connection('up_users').where({ id: userId }).first('confirmed', 'blocked')) as
        | { confirmed: boolean; blocked: boolean }
        | undefined;
      if (!user || !user.confirmed || user.blocked) {
        throw forbidden('email_not_confirmed', {
          uk: 'Підтвердьте адресу електронної пошти, щоб брати участь',
          en: 'Confirm your email address to take part',
        });
      }
    },
  };
};

export default eligibility;
