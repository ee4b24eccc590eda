import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Authority } from '@vzd/core/server';
import {
  answerRows,
  answersCommitment,
  defineQuestions,
  newDraft,
  pollSettings,
  transition,
  validateAnswers,
  type AnswerInput,
  type PollCommand,
  type PollState,
  type QuestionDraft,
} from '../domain';
import { POLL, stateAttributes } from '../services/poll-row';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

type DemoAnswer = Omit<AnswerInput, 'question'> | null;

export interface PollScenario {
  authority: string;
  title: string;
  description: string;
  audience: 'everyone' | 'residents' | 'csos';
  anonymous?: boolean;
  liveResults?: boolean;
  questions: QuestionDraft[];
  createdDaysAgo: number;
  opensInDays?: number;
  openedDaysAgo?: number;
  closesInDays: number;
  responses: DemoAnswer[][];
  approvedTexts?: number[];
  rejectedTexts?: number[];
}

/**
 * Demo polls replayed through the real state machine at past moments, with responses, moderated free-text
 * answers and their audit events in time order, so every figure on the demo site comes from real rows. A poll
 * whose title exists is left alone.
 */
const demoSeed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async polls(scenarios: PollScenario[], respondentIds: number[], officialId: number): Promise<number> {
    const core = (name: string) => strapi.plugin('core').service(name);
    let created = 0;
    for (const s of scenarios) {
      if (await strapi.db.query(POLL).findOne({ where: { title: s.title } })) continue;
      const authority = (await core('authorities').findBySlug(s.authority)) as Authority;
      const settings = core('authorities').moduleSettings(authority, 'polls', pollSettings);
      const deadlines = core('deadlines').for(authority);
      const now = Date.now();
      const at = (daysFromNow: number) => new Date(now + daysFromNow * DAY);
      const fail = (what: string): never => {
        throw new Error(`demo seed "${s.title}": ${what}`);
      };

      const defined = defineQuestions(s.questions);
      if (!defined.ok) return fail(`questions refused: ${JSON.stringify(defined.problems)}`);
      const questions = defined.questions;

      let state: PollState = newDraft();
      const events: { action: string; at: Date; actor: string; payload: Record<string, unknown> }[] = [
        { action: 'poll.create', at: at(-s.createdDaysAgo), actor: `official:${officialId}`, payload: { to: 'draft', questions: questions.length } },
      ];
      const step = (command: PollCommand, moment: Date, actor: string) => {
        const result = transition(state, command, { now: moment, settings, deadlines });
        if (!result.ok) fail(`${command.type} refused: ${result.message.en}`);
        else {
          events.push({ action: `poll.${command.type}`, at: moment, actor, payload: { from: result.from, to: result.to } });
          state = result.state;
        }
      };
      if (s.opensInDays !== undefined) {
        step({ type: 'schedule', opensAt: at(s.opensInDays), closesAt: at(s.closesInDays) }, at(-s.createdDaysAgo), `official:${officialId}`);
      }
      if (s.openedDaysAgo !== undefined) {
        step({ type: 'open', closesAt: at(s.closesInDays) }, at(-s.openedDaysAgo), `official:${officialId}`);
        if (s.closesInDays <= 0) step({ type: 'auto_close' }, at(s.closesInDays), 'system');
      }

      await strapi.db.transaction(async ({ trx }) => {
        const poll = (await strapi.db.query(POLL).create({
          data: {
            title: s.title,
            description: s.description,
            audience: s.audience,
            anonymous: s.anonymous ?? true,
            liveResults: s.liveResults ?? false,
            questions,
            ...stateAttributes(state),
            createdByOfficial: officialId,
            authority: authority.id,
          },
        })) as { id: number; documentId: string };

        // Responses spread evenly over the time the poll has been open.
        const from = state.openedAt?.getTime() ?? now;
        const until = Math.min(state.closedAt?.getTime() ?? now, now);
        const respondents = s.responses.slice(0, respondentIds.length);
        for (const [i, raw] of respondents.entries()) {
          const input = raw.map((a, q) => (a ? { question: questions[q].id, ...a } : null));
          const checked = validateAnswers(questions, input);
          if (!checked.ok) return fail(`response ${i} refused: ${JSON.stringify(checked.problems)}`);
          const moment = new Date(from + ((i + 1) * (until - from)) / (respondents.length + 1));
          const salt = randomBytes(16).toString('hex');
          const hash = answersCommitment(salt, checked.answers);
          const [response] = (await trx('polls_responses')
            .insert({ poll_id: poll.id, user_id: respondentIds[i], answers_salt: salt, answers_hash: hash, submitted_at: moment, updated_at: moment })
            .returning('id')) as { id: string }[];
          const decided = s.approvedTexts?.includes(i) ? 'approved' : s.rejectedTexts?.includes(i) ? 'rejected' : null;
          const moderatedAt = new Date(Math.min(until + HOUR, now));
          const rows = answerRows(checked.answers).map((r) => ({
            response_id: response.id,
            poll_id: poll.id,
            question_id: r.questionId,
            option_id: r.optionId,
            position: r.position,
            value: r.value,
            text: r.text,
            moderation: r.text === null ? null : decided ?? 'pending',
            moderated_at: r.text !== null && decided ? moderatedAt : null,
            moderated_by: r.text !== null && decided ? officialId : null,
          }));
          const inserted = (await trx('polls_answers').insert(rows).returning(['id', 'question_id', 'text'])) as { id: string; question_id: string; text: string | null }[];
          events.push({ action: 'response.submit', at: moment, actor: `citizen:${respondentIds[i]}`, payload: { revision: 1, answersHash: hash } });
          for (const text of inserted.filter((r) => r.text !== null && decided)) {
            events.push({
              action: decided === 'approved' ? 'text.approve' : 'text.reject',
              at: moderatedAt,
              actor: `official:${officialId}`,
              payload: { answerId: Number(text.id), questionId: text.question_id, from: 'pending', to: decided },
            });
          }
        }
        await writeHistory(trx, poll.documentId, events);
      });
      created += 1;
    }
    return created;

    async function writeHistory(trx: Knex.Transaction, documentId: string, events: { action: string; at: Date; actor: string; payload: Record<string, unknown> }[]) {
      // Past history goes straight to the chain (no listeners): nobody should be notified about demo events.
      const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
      for (const e of ordered) {
        await core('audit').append(trx, { module: 'polls', action: e.action, itemId: documentId, actor: e.actor, payload: e.payload, occurredAt: e.at });
      }
    }
  },
});

export default demoSeed;
