import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Authority } from '@vzd/core/server';
import { petitionSettings } from '../domain';
import { stateAttributes } from '../services/petition-row';
import { replayScenario, type PetitionScenario } from './replay-scenario';

const PETITION = 'plugin::petitions.petition';

export type { PetitionScenario };

/**
 * Demo petitions replayed through the real state machine at past moments, with their audit events and
 * signatures, so every lifecycle state shows real dates. A petition whose title exists is left alone.
 */
const demoSeed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async petitions(scenarios: PetitionScenario[], authorId: number, signerIds: number[]): Promise<number> {
    const core = (name: string) => strapi.plugin('core').service(name);
    let created = 0;
    const seededIds = new Map<string, string>();
    for (const s of scenarios) {
      const existing = (await strapi.db.query(PETITION).findOne({ where: { title: s.title } })) as { documentId: string } | null;
      if (existing) {
        seededIds.set(s.title, existing.documentId);
        continue;
      }
      const authority = (await core('authorities').findBySlug(s.authority)) as Authority;
      const settings = core('authorities').moduleSettings(authority, 'petitions', petitionSettings);
      const deadlines = core('deadlines').for(authority);
      const { state, events, signatures, publishedAt } = replayScenario(s, {
        now: new Date(),
        settings,
        deadlines,
        signers: signerIds.length,
        documentIdOf: (title) => seededIds.get(title),
      });

      await strapi.db.transaction(async ({ trx }) => {
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
        await writeHistory(trx, petition, events, signerIds.slice(0, signatures), publishedAt);
        seededIds.set(s.title, petition.documentId);
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
