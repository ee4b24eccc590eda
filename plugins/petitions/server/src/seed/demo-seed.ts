import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Authority } from '@vzd/core/server';
import { newDraft, petitionSettings, transition, type PetitionCommand, type PetitionState } from '../domain';
import { stateAttributes } from '../services/petition-row';

const PETITION = 'plugin::petitions.petition';
const DAY = 24 * 60 * 60 * 1000;

export interface PetitionScenario {
  authority: string;
  title: string;
  text: string;
  authorName: string;
  submittedDaysAgo: number;
  publishedDaysAgo?: number;
  rejected?: { daysAgo: number; reason: 'duplicate' | 'outside_competence' | 'offensive' | 'no_clear_request' | 'other'; note?: string };
  signatures?: number;
  consideredDaysAgo?: number;
  answered?: { daysAgo: number; text: string };
  closedDaysAgo?: number;
}

/**
 * Demo petitions replayed through the real state machine at past moments, with their audit events and
 * signatures, so every lifecycle state shows real dates. A petition whose title exists is left alone.
 */
const demoSeed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async petitions(scenarios: PetitionScenario[], authorId: number, signerIds: number[]): Promise<number> {
    const core = (name: string) => strapi.plugin('core').service(name);
    let created = 0;
    for (const s of scenarios) {
      if (await strapi.db.query(PETITION).findOne({ where: { title: s.title } })) continue;
      const authority = (await core('authorities').findBySlug(s.authority)) as Authority;
      const settings = core('authorities').moduleSettings(authority, 'petitions', petitionSettings);
      const deadlines = core('deadlines').for(authority);
      const ago = (days: number) => new Date(Date.now() - days * DAY);

      await strapi.db.transaction(async ({ trx }) => {
        let state: PetitionState = { ...newDraft(), threshold: settings.threshold };
        const events: { action: string; at: Date; from: string; to: string }[] = [];
        const step = (command: PetitionCommand, at: Date) => {
          const result = transition(state, command, { now: at, settings, deadlines });
          if (!result.ok) throw new Error(`demo seed "${s.title}": ${command.type} refused: ${result.message.en}`);
          events.push({ action: `petition.${command.type}`, at, from: result.from, to: result.to });
          state = result.state;
        };
        const signatures = Math.min(s.signatures ?? 0, signerIds.length);

        step({ type: 'submit' }, ago(s.submittedDaysAgo));
        if (s.rejected) step({ type: 'reject', reason: s.rejected.reason, note: s.rejected.note }, ago(s.rejected.daysAgo));
        if (s.publishedDaysAgo !== undefined) {
          step({ type: 'publish' }, ago(s.publishedDaysAgo));
          if (signatures >= state.threshold) step({ type: 'reach_threshold', signatures }, ago(Math.max(s.publishedDaysAgo - 5, 0)));
        }
        if (s.consideredDaysAgo !== undefined) step({ type: 'start_consideration' }, ago(s.consideredDaysAgo));
        if (s.answered) step({ type: 'answer', text: s.answered.text }, ago(s.answered.daysAgo));
        if (s.closedDaysAgo !== undefined) step({ type: 'close_window', signatures }, ago(s.closedDaysAgo));

        const petition = (await strapi.db.query(PETITION).create({
          data: {
            title: s.title,
            text: s.text,
            // Demo authors stand for people verified through the identity provider: their names are published as verified.
            authorName: s.authorName,
            authorVerified: true,
            ...stateAttributes(state),
            authority: authority.id,
            author: authorId,
          },
        })) as { id: number; documentId: string };
        await writeHistory(trx, petition, events, signerIds.slice(0, signatures), ago(s.publishedDaysAgo ?? 0));
      });
      created += 1;
    }
    return created;

    async function writeHistory(
      trx: Knex.Transaction,
      petition: { id: number; documentId: string },
      events: { action: string; at: Date; from: string; to: string }[],
      signers: number[],
      publishedAt: Date,
    ) {
      const audit = (action: string, at: Date, actor: string, payload: Record<string, unknown>) =>
        core('audit').append(trx, { module: 'petitions', action, itemId: petition.documentId, actor, payload, occurredAt: at });
      const signedAt = (i: number) => new Date(publishedAt.getTime() + (i + 1) * 60 * 60 * 1000);
      const timeline = [
        ...events.map((e) => ({ at: e.at, write: () => audit(e.action, e.at, 'system:demo-seed', { from: e.from, to: e.to }) })),
        ...signers.map((userId, i) => ({
          at: signedAt(i),
          write: async () => {
            await trx('petitions_signatures').insert({ petition_id: petition.id, user_id: userId, signed_at: signedAt(i) });
            await audit('signature.add', signedAt(i), `citizen:${userId}`, {});
          },
        })),
      ].sort((a, b) => a.at.getTime() - b.at.getTime());
      for (const entry of timeline) await entry.write();
    }
  },
});

export default demoSeed;
