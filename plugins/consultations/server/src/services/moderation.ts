import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, notFound, type AdminUser, committedTransaction } from '@vzd/core/server';
import { canDispose, canHide, canReceiveDisposition, type Disposition } from '../domain';
import type { ConsultationRecord } from './consultation-row';
import type { Contribution, ContributionsService } from './contributions';
import { lockConsultation } from './locks';

const MODULE = 'consultations';

/**
 * Officials' decisions about single contributions: hiding abuse (with a reason the author sees) and the
 * disposition of a proposal for the report. Both share-lock the consultation, so a report being published
 * sees either all of them or none, and both check the official's assignment under that lock.
 */
const moderation = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  const store = () => strapi.plugin('consultations').service('contributions') as ContributionsService;

  const withContribution = <T>(
    documentId: string,
    contributionId: number,
    user: AdminUser,
    duty: 'moderate' | 'answer',
    act: (trx: Knex.Transaction, consultation: ConsultationRecord, contribution: Contribution) => Promise<T>,
  ) =>
    committedTransaction(strapi, async ({ trx }) => {
      const consultation = (await lockConsultation(strapi, trx, documentId, 'share'))!;
      await core('authorities').assertOfficialOf(user, consultation.authority.id, duty);
      const contribution = await store().lock(trx, consultation.id, contributionId);
      if (!contribution) throw notFound({ uk: 'Коментар не знайдено', en: 'Comment not found' });
      return act(trx, consultation, contribution);
    });

  const audit = (trx: Knex.Transaction, documentId: string, action: string, user: AdminUser, payload: Record<string, unknown>) =>
    core('events').record(trx, { module: MODULE, action, itemId: documentId, actor: `official:${user.id}`, payload });

  return {
    async hide(documentId: string, contributionId: number, user: AdminUser, reason: string) {
      return withContribution(documentId, contributionId, user, 'moderate', async (trx, consultation, contribution) => {
        const verdict = canHide(consultation.status);
        if (!verdict.ok) throw conflict(verdict.code, verdict.message);
        if (contribution.hiddenAt) throw conflict('already_hidden', { uk: 'Коментар уже приховано', en: 'The comment is already hidden' });
        const at = new Date();
        await store().hide(trx, contribution.id, user.id, reason, at);
        await audit(trx, documentId, 'contribution.hide', user, { contributionId: contribution.id, kind: contribution.kind, reason });
        return { id: contribution.id, hidden: true, hiddenAt: at.toISOString(), hiddenReason: reason };
      });
    },

    /** Recorded (and changeable) between the end of the period and the report; every change is an event. */
    async dispose(documentId: string, contributionId: number, user: AdminUser, disposition: Disposition, reason: string) {
      // A disposition is part of the authority's answer to the participants: the responders' duty.
      return withContribution(documentId, contributionId, user, 'answer', async (trx, consultation, contribution) => {
        const open = canDispose(consultation.status);
        if (!open.ok) throw conflict(open.code, open.message);
        const fits = canReceiveDisposition(contribution);
        if (!fits.ok) throw conflict(fits.code, fits.message);
        const at = new Date();
        await store().dispose(trx, contribution.id, user.id, disposition, reason, at);
        await audit(trx, documentId, 'proposal.dispose', user, {
          contributionId: contribution.id,
          disposition,
          previous: contribution.disposition,
        });
        return { id: contribution.id, disposition, dispositionReason: reason, disposedAt: at.toISOString() };
      });
    },
  };
};

export default moderation;
