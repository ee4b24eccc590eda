import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Authority } from '@vzd/core/server';
import { ADMIN_ACTIONS } from '../bootstrap';
import {
  buildQuestionnaire,
  consultationSettings,
  newDraft,
  transition,
  type ConsultationCommand,
  type ConsultationState,
  type QuestionDraft,
} from '../domain';
import { CONSULTATION, stateAttributes } from '../services/consultation-row';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export interface ConsultationScenario {
  authority: string;
  title: string;
  summary: string;
  explanatoryNote: string;
  targetGroups: string[];
  areas: string[];
  periodWorkingDays: number;
  sections: { heading: string; text: string }[];
  questionnaire?: { questions: QuestionDraft[] };
  openedDaysAgo?: number;
  comments?: {
    section: number;
    /** A demo person's verified name; absent for a participant whose identity was not verified. */
    authorName?: string;
    text: string;
    replies?: { authorName: string; text: string }[];
    disposition?: { value: 'accepted' | 'partly_accepted' | 'rejected'; reason: string };
    hiddenReason?: string;
    reports?: number;
  }[];
  answers?: Record<string, number | string>[];
  report?: { daysAfterClose: number; summary: string };
}

type Entry = { at: Date; write: () => Promise<unknown> };

/**
 * Demo consultations replayed through the real state machine at past moments, with their comments, replies,
 * answers, moderation, dispositions and audit events in time order. A consultation whose title exists is left alone.
 */
const demoSeed = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);

  return {
    /** Adds this module's actions to the demo officials' role, leaving the role's other permissions as they are. */
    async grantOfficialActions(roleId: number): Promise<void> {
      // The media library too: officials attach the original act (PDF or DOCX) to a consultation.
      const wanted = [...ADMIN_ACTIONS.map((a) => `plugin::consultations.${a.uid}`), 'plugin::upload.read', 'plugin::upload.assets.create'];
      const existing = (await strapi.db.query('admin::permission').findMany({
        where: { role: { id: roleId }, action: { $in: wanted } },
        select: ['action'],
      })) as { action: string }[];
      const have = new Set(existing.map((p) => p.action));
      const missing = wanted.filter((a) => !have.has(a));
      if (missing.length === 0) return;
      await strapi.service('admin::role').addPermissions(
        roleId,
        missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
      );
    },

    /** The demo's one entry point: the officials' role gets this module's actions, then the consultations. */
    async apply(scenarios: ConsultationScenario[], people: { citizenId: number; signerIds: number[]; officialRoleId: number }): Promise<void> {
      await this.grantOfficialActions(people.officialRoleId);
      const created = await this.consultations(scenarios, people);
      if (created > 0) strapi.log.info(`[seed] ${created} demo consultations created`);
    },

    async consultations(scenarios: ConsultationScenario[], people: { citizenId: number; signerIds: number[] }): Promise<number> {
      let created = 0;
      for (const s of scenarios) {
        if (await strapi.db.query(CONSULTATION).findOne({ where: { title: s.title } })) continue;
        await seedOne(s, people);
        created += 1;
      }
      return created;
    },
  };

  async function seedOne(s: ConsultationScenario, people: { citizenId: number; signerIds: number[] }) {
    const authority = (await core('authorities').findBySlug(s.authority)) as Authority;
    const settings = core('authorities').moduleSettings(authority, 'consultations', consultationSettings);
    const deadlines = core('deadlines').for(authority);
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * DAY);
    const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

    let state: ConsultationState = newDraft(s.periodWorkingDays);
    const transitions: { action: string; at: Date; from: string; to: string }[] = [];
    const step = (command: ConsultationCommand, action: string, at: Date) => {
      const result = transition(state, command, { now: at, settings, deadlines });
      if (!result.ok) throw new Error(`demo seed "${s.title}": ${command.type} refused: ${result.message.en}`);
      transitions.push({ action, at, from: result.from, to: result.to });
      state = result.state;
    };

    const createdAt = s.openedDaysAgo === undefined ? new Date(now) : ago(s.openedDaysAgo + 2);
    if (s.openedDaysAgo !== undefined) step({ type: 'publish', sections: s.sections.length }, 'consultation.open', ago(s.openedDaysAgo));
    const opensAt = state.opensAt;
    // Close only a period that really ended; a scenario cut too short stays open rather than bending the rules.
    const closeAt = state.closesAt ? plus(state.closesAt, 60_000) : null;
    if (closeAt && closeAt.getTime() < now) step({ type: 'close' }, 'consultation.close', closeAt);
    const reportAt = s.report && state.closesAt ? plus(state.closesAt, s.report.daysAfterClose * DAY) : null;
    if (s.report && reportAt && state.status === 'closed' && reportAt.getTime() < now) {
      const undisposed = (s.comments ?? []).filter((c) => !c.hiddenReason && !c.disposition).length;
      step({ type: 'publish_report', undisposedProposals: undisposed, summary: s.report.summary }, 'consultation.publish_report', reportAt);
    }

    await strapi.db.transaction(async ({ trx }) => {
      const record = (await strapi.db.query(CONSULTATION).create({
        data: {
          title: s.title,
          summary: s.summary,
          explanatoryNote: s.explanatoryNote,
          targetGroups: s.targetGroups,
          areas: s.areas,
          questionnaire: s.questionnaire ? buildQuestionnaire(s.questionnaire.questions) : null,
          ...stateAttributes(state),
          authority: authority.id,
          createdAt,
        },
      })) as { id: number; documentId: string };
      await strapi.plugin('consultations').service('sections').insert(trx, record.id, s.sections);
      const sectionIds = new Map(
        ((await trx('consultations_sections').where({ consultation_id: record.id }).select('id', 'number')) as { id: string; number: number }[]).map(
          (r) => [r.number, Number(r.id)],
        ),
      );

      const audit = (action: string, at: Date, actor: string, payload: Record<string, unknown>) =>
        core('audit').append(trx, { module: 'consultations', action, itemId: record.documentId, actor, payload, occurredAt: at });
      const audience = { authority: { id: authority.id, slug: authority.slug }, areas: s.areas, targetGroups: s.targetGroups };
      const timeline: Entry[] = [
        { at: createdAt, write: () => audit('consultation.create', createdAt, 'system:demo-seed', { to: 'draft', authority: audience.authority, sections: s.sections.length }) },
        ...transitions.map((t) => ({
          at: t.at,
          write: () => audit(t.action, t.at, 'system:demo-seed', { from: t.from, to: t.to, title: s.title, ...audience }),
        })),
      ];
      if (opensAt) {
        let person = 0;
        // The demo citizen writes the first comment, so signing in as her shows her own participation.
        const nextAuthor = () => (person++ === 0 ? people.citizenId : people.signerIds[(person - 2) % people.signerIds.length]);
        let hour = 1;
        const next = () => plus(opensAt, hour++ * HOUR);
        for (const c of s.comments ?? []) timeline.push(...commentEntries(trx, record.id, sectionIds.get(c.section)!, c, nextAuthor, next, audit, state, people));
        (s.answers ?? []).forEach((answers, i) => {
          const at = next();
          const userId = people.signerIds[(people.signerIds.length - 1 - i) % people.signerIds.length];
          timeline.push({
            at,
            write: async () => {
              await trx('consultations_answers').insert({ consultation_id: record.id, user_id: userId, answers: JSON.stringify(answers), submitted_at: at });
              await audit('answers.add', at, `citizen:${userId}`, {});
            },
          });
        });
      }
      for (const entry of timeline.sort((a, b) => a.at.getTime() - b.at.getTime())) await entry.write();
    });
  }

  /** A comment with its replies, abuse reports, moderation and disposition, each at its own moment. */
  function commentEntries(
    trx: Knex.Transaction,
    consultationId: number,
    sectionId: number,
    c: NonNullable<ConsultationScenario['comments']>[number],
    nextAuthor: () => number,
    next: () => Date,
    audit: (action: string, at: Date, actor: string, payload: Record<string, unknown>) => Promise<unknown>,
    state: ConsultationState,
    people: { signerIds: number[] },
  ): Entry[] {
    const insert = async (row: Record<string, unknown>) =>
      Number(((await trx('consultations_contributions').insert(row).returning('id')) as { id: string }[])[0].id);
    const at = next();
    const authorId = nextAuthor();
    let commentId = 0;
    const entries: Entry[] = [
      {
        at,
        write: async () => {
          commentId = await insert({ consultation_id: consultationId, section_id: sectionId, kind: 'comment', user_id: authorId, author_name: c.authorName ?? null, author_verified: c.authorName !== undefined, body: c.text, created_at: at });
          await audit('comment.add', at, `citizen:${authorId}`, { contributionId: commentId, sectionNumber: c.section });
        },
      },
    ];
    for (const r of c.replies ?? []) {
      const replyAt = next();
      const replierId = nextAuthor();
      entries.push({
        at: replyAt,
        write: async () => {
          const id = await insert({ consultation_id: consultationId, section_id: sectionId, parent_id: commentId, kind: 'reply', user_id: replierId, author_name: r.authorName, author_verified: true, body: r.text, created_at: replyAt });
          await audit('comment.reply', replyAt, `citizen:${replierId}`, { contributionId: id, parentId: commentId, sectionNumber: c.section });
        },
      });
    }
    for (let i = 0; i < (c.reports ?? 0); i++) {
      const reportAt = new Date(at.getTime() + (i + 1) * 10 * 60_000);
      const reporterId = people.signerIds[(people.signerIds.length - 10 - i) % people.signerIds.length];
      entries.push({
        at: reportAt,
        write: async () => {
          await trx('consultations_abuse_reports').insert({ contribution_id: commentId, user_id: reporterId, reported_at: reportAt });
          await audit('contribution.report', reportAt, `citizen:${reporterId}`, { contributionId: commentId });
        },
      });
    }
    if (c.hiddenReason) {
      const hiddenAt = new Date(at.getTime() + 2 * HOUR);
      entries.push({
        at: hiddenAt,
        write: async () => {
          await trx('consultations_contributions').where({ id: commentId }).update({ hidden_at: hiddenAt, hidden_reason: c.hiddenReason });
          await audit('contribution.hide', hiddenAt, 'system:demo-seed', { contributionId: commentId, kind: 'comment', reason: c.hiddenReason });
        },
      });
    }
    if (c.disposition && state.closedAt) {
      const disposedAt = new Date(state.closedAt.getTime() + HOUR + entries.length * 60_000);
      const d = c.disposition;
      entries.push({
        at: disposedAt,
        write: async () => {
          await trx('consultations_contributions').where({ id: commentId }).update({ disposition: d.value, disposition_reason: d.reason, disposed_at: disposedAt });
          await audit('proposal.dispose', disposedAt, 'system:demo-seed', { contributionId: commentId, disposition: d.value, previous: null });
        },
      });
    }
    return entries;
  }
};

export default demoSeed;
