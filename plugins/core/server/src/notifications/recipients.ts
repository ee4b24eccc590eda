import type { Knex } from 'knex';
import { isLanguage, type Language } from './render';
import type { Recipient, SubscriptionTarget } from './types';

type Db = Knex | Knex.Transaction;

/** One address a notice goes to, with the language to write in and what its unsubscribe link stops. */
export interface ResolvedRecipient {
  /** `user:<id>` or `admin:<id>`. */
  key: string;
  address: string;
  language: Language;
  /** `sub:<id>` for followers, `cat:<category>` for direct notices. */
  scope: string;
}

const language = (value: unknown): Language => (isLanguage(value) ? value : 'uk');

/** How a target is stored in core_subscriptions: authorities by id (a slug may be renamed), items as module:id. */
export async function storedTarget(db: Db, target: SubscriptionTarget): Promise<{ kind: string; target: string } | null> {
  if (target.kind === 'topic') return { kind: 'topic', target: target.topic };
  if (target.kind === 'item') return { kind: 'item', target: `${target.module}:${target.itemId}` };
  const row = await db('core_authorities').where({ slug: target.authority }).first('id');
  return row ? { kind: 'authority', target: String(row.id) } : null;
}

/**
 * Citizens get mail only at a confirmed address of an account that is not blocked; officials only while their
 * admin account is active.
 */
export async function resolveRecipients(db: Db, to: Recipient, category: string): Promise<ResolvedRecipient[]> {
  if ('user' in to) {
    const row = await db('up_users as u')
      .leftJoin('core_user_preferences as p', 'p.user_id', 'u.id')
      .where('u.id', to.user)
      .andWhere('u.confirmed', true)
      .andWhere((q) => q.where('u.blocked', false).orWhereNull('u.blocked'))
      .first('u.id', 'u.email', 'p.language');
    return row?.email ? [{ key: `user:${row.id}`, address: row.email, language: language(row.language), scope: `cat:${category}` }] : [];
  }
  if ('admin' in to || 'officialsOf' in to) {
    const query = db('admin_users as a')
      .where({ 'a.is_active': true })
      .andWhere((q) => q.where('a.blocked', false).orWhereNull('a.blocked'))
      .orderBy('a.id')
      .select('a.id', 'a.email', 'a.prefered_language');
    if ('admin' in to) query.andWhere('a.id', to.admin);
    // The authority's officials are a relation of the core's own authority type (officials ↔ admin users).
    else query.join('core_authorities_officials_lnk as l', 'l.user_id', 'a.id').andWhere('l.authority_id', to.officialsOf);
    const rows = (await query) as { id: number; email: string | null; prefered_language: string | null }[];
    return rows
      .filter((r) => r.email)
      .map((r) => ({ key: `admin:${r.id}`, address: r.email!, language: language(r.prefered_language), scope: `cat:${category}` }));
  }
  const stored = await storedTarget(db, to.followers);
  if (!stored) return [];
  const rows = (await db('core_subscriptions as s')
    .join('up_users as u', 'u.id', 's.user_id')
    .leftJoin('core_user_preferences as p', 'p.user_id', 'u.id')
    .where({ 's.kind': stored.kind, 's.target': stored.target, 'u.confirmed': true })
    .andWhere((q) => q.where('u.blocked', false).orWhereNull('u.blocked'))
    .orderBy('s.id')
    .select('s.id as subscription_id', 'u.id', 'u.email', 'p.language')) as {
    subscription_id: string;
    id: number;
    email: string | null;
    language: string | null;
  }[];
  return rows
    .filter((r) => r.email)
    .map((r) => ({ key: `user:${r.id}`, address: r.email!, language: language(r.language), scope: `sub:${r.subscription_id}` }));
}

/** Recipients who stopped this kind of mail with an unsubscribe link. */
export async function optedOut(db: Db, keys: string[], category: string): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = (await db('core_notification_optouts').whereIn('recipient', keys).andWhere({ category }).select('recipient')) as {
    recipient: string;
  }[];
  return new Set(rows.map((r) => r.recipient));
}

/**
 * Checked again just before sending, so an unsubscribe stops mail already queued too: the subscription behind a
 * follower's mail must still exist and the recipient must not have opted out of the category.
 */
export async function stillWanted(db: Db, m: { recipient: string | null; scope: string | null; category: string }): Promise<boolean> {
  if (!m.recipient) return true;
  if (m.scope?.startsWith('sub:')) {
    const exists = await db('core_subscriptions').where({ id: Number(m.scope.slice(4)) }).first('id');
    if (!exists) return false;
  }
  return !(await optedOut(db, [m.recipient], m.category)).has(m.recipient);
}
