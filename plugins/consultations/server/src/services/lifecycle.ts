import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, invalidField, type AdminUser, type Authority, committedTransaction } from '@vzd/core/server';
import type { CreateConsultationRequest } from '../../../shared/contracts';
import {
  buildQuestionnaire,
  consultationSettings,
  newDraft,
  transition,
  type ConsultationCommand,
  type TransitionResult,
} from '../domain';
import { CONSULTATION, iso, stateAttributes, stateOf, stringList, type ConsultationRecord } from './consultation-row';
import { lockConsultation } from './locks';

const MODULE = 'consultations';
/** The original of the act is published as PDF or DOCX. */
export const ATTACHMENT_MIME_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/** The audit action of each transition; `consultation.open` is what invitations to followers listen for. */
const ACTIONS: Record<ConsultationCommand['type'], string> = {
  publish: 'consultation.open',
  close: 'consultation.close',
  publish_report: 'consultation.publish_report',
};

/** The core's duties an official's role at an authority must cover (see core `assertOfficialOf`). */
type Duty = 'moderate' | 'answer';

export type Actor = { kind: 'citizen' | 'official' | 'system'; id?: number };
export const actorRef = (a: Actor) => (a.id ? `${a.kind}:${a.id}` : a.kind);

type Success = Extract<TransitionResult, { ok: true }>;

/**
 * Every change of a consultation's status: runs the domain state machine under a row lock, stores the new
 * state and records the event in the same transaction (ARCHITECTURE rules 4 and 5).
 */
const lifecycle = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  const service = (name: string) => strapi.plugin('consultations').service(name);
  const settingsOf = (authority: Authority) => core('authorities').moduleSettings(authority, MODULE, consultationSettings);

  /** Who should hear about it: the authority and the areas of activity (notifications follow both). */
  const audience = (record: ConsultationRecord) => ({
    authority: { id: record.authority.id, slug: record.authority.slug },
    areas: stringList(record.areas),
    targetGroups: stringList(record.targetGroups),
  });

  const apply = async (
    documentId: string,
    command: (trx: Knex.Transaction, record: ConsultationRecord) => Promise<ConsultationCommand>,
    actor: Actor,
    guard?: (authority: Authority) => Promise<void>,
    options: { skipLocked?: boolean } = {},
  ): Promise<Success | null> => {
    const outcome = await committedTransaction(strapi, async ({ trx }) => {
      const record = await lockConsultation(strapi, trx, documentId, 'update', options);
      if (!record) return null;
      if (guard) await guard(record.authority);
      const now = new Date();
      const cmd = await command(trx, record);
      const result = transition(stateOf(record), cmd, { now, settings: settingsOf(record.authority), deadlines: core('deadlines').for(record.authority) });
      if (!result.ok) {
        if (result.code === 'invalid_input' && result.field) throw invalidField(result.field, result.message);
        throw conflict(result.code, result.message);
      }
      await strapi.db.query(CONSULTATION).update({ where: { id: record.id }, data: stateAttributes(result.state) });
      await core('events').record(trx, {
        module: MODULE,
        action: ACTIONS[cmd.type],
        itemId: documentId,
        actor: actorRef(actor),
        payload: {
          from: result.from,
          to: result.to,
          title: record.title,
          ...audience(record),
          ...(result.to === 'open' ? { opensAt: iso(result.state.opensAt), closesAt: iso(result.state.closesAt) } : {}),
          ...(result.to === 'closed' ? { reportDueAt: iso(result.state.reportDueAt) } : {}),
        },
        occurredAt: now,
      });
      return result;
    });
    if (outcome) core('siteBuilder').requestRebuild(`consultation ${documentId} ${outcome.to}`);
    return outcome;
  };

  /**
   * Officials act only for their authorities, and need the role for the duty there: opening a draft act is the
   * authority publishing (moderators), the report is its answer to the participants (responders).
   */
  const officialGuard = (user: AdminUser, duty: Duty) => (authority: Authority) => core('authorities').assertOfficialOf(user, authority.id, duty);

  /** Attachments must already be in the media library and be the act's original (PDF or DOCX). */
  const checkAttachments = async (ids: number[]) => {
    if (ids.length === 0) return;
    const unique = [...new Set(ids)];
    const files = (await strapi.db.connection('files').whereIn('id', unique).select('id', 'mime')) as { id: number; mime: string }[];
    if (files.length !== unique.length) {
      throw invalidField('attachments', { uk: 'Файл не знайдено в медіатеці', en: 'A file is not in the media library' });
    }
    if (files.some((f) => !ATTACHMENT_MIME_TYPES.includes(f.mime))) {
      throw invalidField('attachments', { uk: 'Додавайте документи у форматі PDF або DOCX', en: 'Attach documents as PDF or DOCX' });
    }
  };

  return {
    /** An official prepares a draft for one of their authorities: text in numbered sections, period, questionnaire. */
    async create(input: CreateConsultationRequest, user: AdminUser) {
      const authority = (await core('authorities').findBySlug(input.authority)) as Authority | null;
      if (!authority) throw invalidField('authority', { uk: 'Невідомий орган влади', en: 'Unknown authority' });
      await core('authorities').assertOfficialOf(user, authority.id, 'moderate');
      await checkAttachments(input.attachments);
      const draft = newDraft(input.periodWorkingDays ?? settingsOf(authority).periodWorkingDays);
      return committedTransaction(strapi, async ({ trx }) => {
        const created = (await strapi.db.query(CONSULTATION).create({
          data: {
            title: input.title,
            summary: input.summary,
            explanatoryNote: input.explanatoryNote,
            targetGroups: input.targetGroups,
            areas: [...new Set(input.areas)],
            questionnaire: input.questionnaire ? buildQuestionnaire(input.questionnaire.questions) : null,
            attachments: [...new Set(input.attachments)],
            ...stateAttributes(draft),
            authority: authority.id,
          },
        })) as { id: number; documentId: string; status: string };
        await service('sections').insert(trx, created.id, input.sections);
        await core('events').record(trx, {
          module: MODULE,
          action: 'consultation.create',
          itemId: created.documentId,
          actor: actorRef({ kind: 'official', id: user.id }),
          payload: { to: 'draft', authority: { id: authority.id, slug: authority.slug }, sections: input.sections.length },
        });
        return { documentId: created.documentId, status: created.status };
      });
    },

    async publish(documentId: string, user: AdminUser) {
      return (await apply(
        documentId,
        async (trx, record) => ({ type: 'publish', sections: await service('sections').count(record.id, trx) }),
        { kind: 'official', id: user.id },
        officialGuard(user, 'moderate'),
      ))!;
    },

    /** The undisposed count is taken under the exclusive lock, so no disposition can change it meanwhile. */
    async publishReport(documentId: string, user: AdminUser, summary: string) {
      return (await apply(
        documentId,
        async (trx, record) => ({
          type: 'publish_report',
          summary,
          undisposedProposals: await service('contributions').undisposedCount(trx, record.id),
        }),
        { kind: 'official', id: user.id },
        officialGuard(user, 'answer'),
      ))!;
    },

    /**
     * The scheduled job: consultations whose period ended are closed. Every instance runs it; each row is
     * claimed with SKIP LOCKED and re-checked by the state machine, so each closes exactly once.
     */
    async closeExpired(): Promise<number> {
      const due = (await strapi.db
        .connection('consultations_consultations')
        .where({ status: 'open' })
        .andWhere('closes_at', '<=', new Date())
        .select('document_id')) as { document_id: string }[];
      let closed = 0;
      for (const { document_id: documentId } of due) {
        try {
          if (await apply(documentId, async () => ({ type: 'close' }), { kind: 'system' }, undefined, { skipLocked: true })) closed += 1;
        } catch (e) {
          if ((e as { status?: number }).status !== 409) throw e;
        }
      }
      return closed;
    },
  };
};

export default lifecycle;
