import type { Knex } from 'knex';
import type { Registry } from './registry';
import type { NotifiableItem, Notice, ScheduledJob } from './types';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The weekly digest: every item that became public during the past week, sent to each person following its
 * authority or one of its topics, one mail per person (nothing is sent to someone with nothing new).
 */
export function digestJob(deps: {
  db: () => Knex;
  registry: Registry;
  notify: (trx: Knex.Transaction, notices: Notice[]) => Promise<number>;
}): ScheduledJob {
  return {
    name: 'core.weekly-digest',
    every: 'week',
    atHour: 8,
    async run({ now, period }) {
      const since = new Date(now.getTime() - WEEK_MS);
      const lists = await Promise.all(deps.registry.allItems().map(([, source]) => source.newSince(since, now)));
      const items = lists.flat();
      if (items.length === 0) return 0;

      const authorities = (await deps.db()('core_authorities').select('id', 'slug')) as { id: number; slug: string }[];
      const idOf = new Map(authorities.map((a) => [a.slug, String(a.id)]));
      const follows = (await deps.db()('core_subscriptions')
        .whereIn('kind', ['authority', 'topic'])
        .select('user_id', 'kind', 'target')) as { user_id: number; kind: string; target: string }[];
      const byUser = new Map<number, Set<string>>();
      for (const f of follows) {
        const set = byUser.get(f.user_id) ?? new Set<string>();
        set.add(`${f.kind}:${f.target}`);
        byUser.set(f.user_id, set);
      }

      const followed = (i: NotifiableItem, targets: Set<string>) =>
        targets.has(`authority:${idOf.get(i.authority.slug)}`) || i.topics.some((t) => targets.has(`topic:${t}`));
      const notices: Notice[] = [];
      for (const [user, targets] of byUser) {
        const mine = items.filter((i) => followed(i, targets));
        if (mine.length === 0) continue;
        notices.push({
          to: { user },
          template: 'core.digest',
          category: 'digest',
          dedupeKey: `digest:${period}`,
          data: {
            count: mine.length,
            items: mine.map((i) => ({ title: i.title, url: i.url, authority: { uk: i.authority.nameUk, en: i.authority.nameEn } })),
          },
        });
      }
      if (notices.length === 0) return 0;
      return deps.db().transaction((trx) => deps.notify(trx, notices));
    },
  };
}
