import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { notFound } from '@vzd/core/server';
import { CONSULTATION, type ConsultationRecord } from './consultation-row';

export const consultationNotFound = () => notFound({ uk: 'Консультацію не знайдено', en: 'Consultation not found' });

/**
 * Loads a consultation with its authority, locking its row for the rest of the transaction. State changes take
 * the lock exclusively; contributions, moderation and dispositions share it, so they never interleave with a
 * close or a report publication (a comment cannot slip in after the close, a disposition after the report).
 */
export async function lockConsultation(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  documentId: string,
  mode: 'update' | 'share',
  options: { skipLocked?: boolean } = {},
): Promise<ConsultationRecord | null> {
  const query = trx('consultations_consultations').where({ document_id: documentId });
  if (mode === 'update') query.forUpdate();
  else query.forShare();
  if (options.skipLocked) query.skipLocked();
  const locked = (await query.first('id')) as { id: number } | undefined;
  if (!locked) {
    if (options.skipLocked) return null;
    throw consultationNotFound();
  }
  return (await strapi.db.query(CONSULTATION).findOne({ where: { id: locked.id }, populate: ['authority'] })) as ConsultationRecord;
}
