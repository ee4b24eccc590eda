import type { Core } from '@strapi/strapi';
import type { Subscription, SubscriptionTargetInput, UpdatePreferencesRequest } from '../../../shared/contracts';
import { storedTarget } from '../notifications/recipients';
import { isLanguage, type Language } from '../notifications/render';
import { verifyUnsubscribe, type UnsubscribeClaim } from '../notifications/unsubscribe-token';
import { invalidField } from '../utils/errors';
import type { Bilingual, NotificationsService } from './notifications';

interface Row {
  id: string | number;
  user_id: number;
  kind: 'authority' | 'topic' | 'item';
  target: string;
  created_at: Date | string;
}

/**
 * What citizens follow (core_subscriptions) and how they stop mail: their own list, the language they read mail
 * in, and the signed one-click unsubscribe links that work without logging in.
 */
const subscriptions = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  const notifications = () => strapi.plugin('core').service('notifications') as NotificationsService;

  const view = async (row: Row): Promise<Subscription> => {
    const base = { id: Number(row.id), kind: row.kind, authority: null, topic: null, item: null, createdAt: new Date(row.created_at).toISOString() };
    if (row.kind === 'topic') return { ...base, topic: row.target };
    if (row.kind === 'authority') {
      const a = await db()('core_authorities').where({ id: Number(row.target) }).first('slug', 'name_uk', 'name_en');
      return { ...base, authority: a ? { slug: a.slug, nameUk: a.name_uk, nameEn: a.name_en } : null };
    }
    const split = row.target.indexOf(':');
    const module = row.target.slice(0, split);
    const itemId = row.target.slice(split + 1);
    const item = await notifications().items(module)?.describe(itemId);
    return { ...base, item: { module, itemId, title: item?.title ?? null, url: item?.url ?? null } };
  };

  /** In words, for the unsubscribe page: what this subscription sends. */
  const describe = (s: Subscription): Bilingual => {
    if (s.authority) {
      return { uk: `щотижневий огляд нового від органу «${s.authority.nameUk}»`, en: `the weekly digest of new items from ${s.authority.nameEn}` };
    }
    if (s.topic) return { uk: `щотижневий огляд нового на тему «${s.topic}»`, en: `the weekly digest of new items on “${s.topic}”` };
    const title = s.item?.title;
    return title
      ? { uk: `сповіщення про «${title}»`, en: `notifications about “${title}”` }
      : { uk: 'ці сповіщення', en: 'these notifications' };
  };

  const userIdOf = (claim: UnsubscribeClaim) => Number(claim.recipient.split(':')[1]);

  return {
    async list(userId: number): Promise<Subscription[]> {
      const rows = (await db()('core_subscriptions').where({ user_id: userId }).orderBy('id')) as Row[];
      return Promise.all(rows.map(view));
    },

    /** Follows a target; following it again is not an error and changes nothing. */
    async follow(userId: number, target: SubscriptionTargetInput): Promise<{ subscription: Subscription; created: boolean }> {
      if (target.kind === 'item') {
        const source = notifications().items(target.module);
        if (!source) throw invalidField('module', { uk: 'Невідомий модуль', en: 'Unknown module' });
        if (!(await source.describe(target.itemId))) {
          throw invalidField('itemId', { uk: 'Такого опублікованого запису немає', en: 'There is no such published item' });
        }
      }
      const stored = await storedTarget(db(), target);
      if (!stored) throw invalidField('authority', { uk: 'Невідомий орган влади', en: 'Unknown authority' });
      const inserted = (await db()('core_subscriptions')
        .insert({ user_id: userId, kind: stored.kind, target: stored.target })
        .onConflict(['user_id', 'kind', 'target'])
        .ignore()
        .returning('*')) as Row[];
      const row = inserted[0] ?? ((await db()('core_subscriptions').where({ user_id: userId, ...stored }).first()) as Row);
      return { subscription: await view(row), created: inserted.length === 1 };
    },

    async unfollow(userId: number, target: SubscriptionTargetInput): Promise<boolean> {
      const stored = await storedTarget(db(), target);
      if (!stored) return false;
      return (await db()('core_subscriptions').where({ user_id: userId, ...stored }).delete()) > 0;
    },

    async unfollowById(userId: number, id: number): Promise<boolean> {
      return (await db()('core_subscriptions').where({ id, user_id: userId }).delete()) > 0;
    },

    async preferences(userId: number): Promise<{ language: Language; optedOut: string[] }> {
      const pref = await db()('core_user_preferences').where({ user_id: userId }).first('language');
      const out = (await db()('core_notification_optouts').where({ recipient: `user:${userId}` }).orderBy('category').select('category')) as {
        category: string;
      }[];
      return { language: isLanguage(pref?.language) ? pref.language : 'uk', optedOut: out.map((o) => o.category) };
    },

    /** Sets the mail language and, when given, exactly which kinds of mail are stopped. */
    async setPreferences(userId: number, input: UpdatePreferencesRequest) {
      await db().transaction(async (trx) => {
        if (input.language) {
          await trx('core_user_preferences')
            .insert({ user_id: userId, language: input.language, updated_at: trx.fn.now() })
            .onConflict('user_id')
            .merge(['language', 'updated_at']);
        }
        if (input.optedOut) {
          const recipient = `user:${userId}`;
          await trx('core_notification_optouts').where({ recipient }).delete();
          const unique = [...new Set(input.optedOut)];
          if (unique.length) await trx('core_notification_optouts').insert(unique.map((category) => ({ recipient, category })));
        }
      });
      return this.preferences(userId);
    },

    /** What a valid unsubscribe token would stop, without stopping it (the page behind the link asks first). */
    async inspect(token: string): Promise<{ claim: UnsubscribeClaim; what: Bilingual } | null> {
      const claim = verifyUnsubscribe(token, notifications().unsubscribeKey());
      if (!claim) return null;
      if (claim.scope.startsWith('cat:')) return { claim, what: notifications().categoryLabel(claim.scope.slice(4)) };
      const row = (await db()('core_subscriptions').where({ id: Number(claim.scope.slice(4)) }).first()) as Row | undefined;
      return { claim, what: row ? describe(await view(row)) : { uk: 'ці сповіщення', en: 'these notifications' } };
    },

    /** Applies a one-click unsubscribe; doing it twice is harmless. Null when the token is not ours. */
    async unsubscribe(token: string): Promise<{ what: Bilingual } | null> {
      const found = await this.inspect(token);
      if (!found) return null;
      const { claim } = found;
      if (claim.scope.startsWith('sub:')) {
        // Only the subscription of the person the link was made for, even if ids were reused.
        if (claim.recipient.startsWith('user:')) {
          await db()('core_subscriptions').where({ id: Number(claim.scope.slice(4)), user_id: userIdOf(claim) }).delete();
        }
      } else {
        await db()('core_notification_optouts')
          .insert({ recipient: claim.recipient, category: claim.scope.slice(4) })
          .onConflict(['recipient', 'category'])
          .ignore();
      }
      return { what: found.what };
    },
  };
};

export default subscriptions;
export type SubscriptionsService = ReturnType<typeof subscriptions>;
