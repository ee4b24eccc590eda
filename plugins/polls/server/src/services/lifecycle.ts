import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, invalidField, invalidFields, notFound, type AdminUser, type Authority, type OfficialDuty, committedTransaction } from '@vzd/core/server';
import type { CreatePollRequest } from '../../../shared/contracts';
import { defineQuestions, newDraft, pollSettings, transition, type PollCommand, type TransitionRefusalCode } from '../domain';
import { POLL, stateAttributes, stateOf, type PollRecord } from './poll-row';

const MODULE = 'polls';
/** The core duty (see `assertOfficialOf`) an official's role at the authority must cover to run its polls. */
const RUN_POLLS: OfficialDuty = 'moderate';

type Actor = { kind: 'official' | 'system'; id?: number };
const actorRef = (a: Actor) => (a.id ? `${a.kind}:${a.id}` : a.kind);

/** Refusals about the times the official chose are answered as field errors, so the form can point at them. */
const FIELD_OF_REFUSAL: Partial<Record<TransitionRefusalCode, string>> = {
  opening_time_required: 'opensAt',
  opening_time_passed: 'opensAt',
  closing_before_opening: 'closesAt',
  closing_time_passed: 'closesAt',
};

const missing = () => notFound({ uk: 'Опитування не знайдено', en: 'Poll not found' });

/**
 * Every change of a poll: runs the domain state machine under a row lock, stores the new state and records the
 * event in the same transaction (ARCHITECTURE rules 4 and 5). Officials' actions and the schedule share it.
 */
const lifecycle = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  const record = (trx: Knex.Transaction, documentId: string, action: string, actor: Actor, payload: Record<string, unknown>, occurredAt = new Date()) =>
    core('events').record(trx, { module: MODULE, action, itemId: documentId, actor: actorRef(actor), payload, occurredAt });
  const settingsOf = (authority: Authority) => core('authorities').moduleSettings(authority, MODULE, pollSettings);

  /** Loads a poll with its authority, locking its row for the rest of the transaction. */
  const lockPoll = async (trx: Knex.Transaction, documentId: string): Promise<PollRecord> => {
    const locked = await trx('polls_polls').where({ document_id: documentId }).forUpdate().first('id');
    if (!locked) throw missing();
    return (await strapi.db.query(POLL).findOne({ where: { id: locked.id }, populate: ['authority'] })) as PollRecord;
  };

  const apply = async (documentId: string, command: PollCommand, actor: Actor, guard?: (authority: Authority) => Promise<void>) => {
    const outcome = await committedTransaction(strapi, async ({ trx }) => {
      const poll = await lockPoll(trx, documentId);
      if (guard) await guard(poll.authority);
      const now = new Date();
      const result = transition(stateOf(poll), command, { now, settings: settingsOf(poll.authority), deadlines: core('deadlines').for(poll.authority) });
      if (!result.ok) {
        const field = FIELD_OF_REFUSAL[result.code];
        if (field) throw invalidField(field, result.message);
        throw conflict(result.code, result.message);
      }
      await strapi.db.query(POLL).update({ where: { id: poll.id }, data: stateAttributes(result.state) });
      await record(trx, documentId, `poll.${command.type}`, actor, {
        from: result.from,
        to: result.to,
        opensAt: result.state.opensAt?.toISOString() ?? null,
        closesAt: result.state.closesAt?.toISOString() ?? null,
      }, now);
      return result;
    });
    core('siteBuilder').requestRebuild(`poll ${documentId} ${outcome.to}`);
    return outcome;
  };

  /**
   * Officials act only on the polls of their authorities (checked under the same lock). Running a poll is
   * publishing on the authority's behalf, so it needs the role that covers moderation there.
   */
  const officialGuard = (user: AdminUser) => (authority: Authority) =>
    core('authorities').assertOfficialOf(user, authority.id, RUN_POLLS);
  const byOfficial = (user: AdminUser): Actor => ({ kind: 'official', id: user.id });

  return {
    /** An official prepares a poll as a draft; the questions get their ids here and never change afterwards. */
    async create(input: CreatePollRequest, user: AdminUser) {
      const authority = (await core('authorities').findBySlug(input.authority)) as Authority | null;
      if (!authority) throw invalidField('authority', { uk: 'Невідомий орган влади', en: 'Unknown authority' });
      await core('authorities').assertOfficialOf(user, authority.id, RUN_POLLS);
      const defined = defineQuestions(input.questions);
      if (!defined.ok) throw invalidFields(defined.problems);
      if (input.opensAt && input.closesAt && input.closesAt.getTime() <= input.opensAt.getTime()) {
        throw invalidField('closesAt', { uk: 'Час завершення має бути пізнішим за час початку.', en: 'The closing time must come after the opening time.' });
      }
      const draft = newDraft({ opensAt: input.opensAt ?? null, closesAt: input.closesAt ?? null });
      return committedTransaction(strapi, async ({ trx }) => {
        const created = (await strapi.db.query(POLL).create({
          data: {
            title: input.title,
            description: input.description,
            audience: input.audience,
            anonymous: input.anonymous,
            liveResults: input.liveResults,
            questions: defined.questions,
            ...stateAttributes(draft),
            createdByOfficial: user.id,
            authority: authority.id,
          },
        })) as { documentId: string; status: string };
        await record(trx, created.documentId, 'poll.create', byOfficial(user), { to: 'draft', questions: defined.questions.length });
        return { documentId: created.documentId, status: created.status };
      });
    },

    schedule: (documentId: string, user: AdminUser, times: { opensAt?: Date; closesAt?: Date }) =>
      apply(documentId, { type: 'schedule', ...times }, byOfficial(user), officialGuard(user)),
    open: (documentId: string, user: AdminUser, times: { closesAt?: Date }) =>
      apply(documentId, { type: 'open', ...times }, byOfficial(user), officialGuard(user)),
    close: (documentId: string, user: AdminUser) => apply(documentId, { type: 'close' }, byOfficial(user), officialGuard(user)),

    /**
     * The scheduled job: opens announced polls whose time has come and closes polls whose time is up. Each poll
     * is changed under its row lock and the state machine re-checks it there, so when several instances run the
     * job at once each poll still moves exactly once (the others get a refusal and skip it).
     */
    async runSchedule(now = new Date()): Promise<{ opened: number; closed: number }> {
      const due = (await strapi.db.connection('polls_polls')
        .where((q) => q.where({ status: 'scheduled' }).andWhere('opens_at', '<=', now))
        .orWhere((q) => q.where({ status: 'open' }).andWhere('closes_at', '<=', now))
        .orderBy('id')
        .select('document_id', 'status')) as { document_id: string; status: string }[];
      const moved = { opened: 0, closed: 0 };
      for (const poll of due) {
        const command: PollCommand = poll.status === 'scheduled' ? { type: 'auto_open' } : { type: 'auto_close' };
        try {
          await apply(poll.document_id, command, { kind: 'system' });
          moved[command.type === 'auto_open' ? 'opened' : 'closed'] += 1;
        } catch (e) {
          // 409: another instance moved it first; 404: deleted meanwhile.
          if (![404, 409].includes((e as { status?: number }).status ?? 0)) throw e;
        }
      }
      return moved;
    },
  };
};

export default lifecycle;
export type LifecycleService = ReturnType<typeof lifecycle>;
