import type { Knex } from 'knex';
import type { AuditEntry } from '../domain/audit';
import type { ParticipationEvent } from '../services/events';
import type { JobCadence } from './periods';
import type { BilingualTemplate } from './render';

export type { BilingualTemplate, Language } from './render';

/** What a person can follow: an authority (by slug), a topic (a tag modules put on items) or one item. */
export type SubscriptionTarget =
  | { kind: 'authority'; authority: string }
  | { kind: 'topic'; topic: string }
  | { kind: 'item'; module: string; itemId: string };

/**
 * Who a notice goes to: a citizen account, an admin user, the officials assigned to an authority (its
 * responders), or everyone following something.
 */
export type Recipient = { user: number } | { admin: number } | { officialsOf: number } | { followers: SubscriptionTarget };

/** "Notify X about Y": what a rule returns; the core resolves the address and language and renders the mail. */
export interface Notice {
  to: Recipient;
  /** A template registered with `registerTemplates`. */
  template: string;
  /** Values for the template; `{ uk, en }` objects are read in the recipient's language. */
  data: Record<string, unknown>;
  /** What the one-click unsubscribe of a direct notice stops, e.g. `petitions.own` (followers stop their subscription). */
  category: string;
  /** The same key is queued once per recipient, whoever asks again (reminders, digests, re-run jobs). */
  dedupeKey?: string;
}

export interface RuleContext {
  trx: Knex.Transaction;
  event: ParticipationEvent;
  entry: AuditEntry;
}

/** A module's rule: which of its events notify whom, reading its own data in the event's transaction. */
export interface NotificationRule {
  action: string;
  notices(context: RuleContext): Promise<Notice[]>;
}

/** One participation item as the notifications see it (for subscriptions and the weekly digest). */
export interface NotifiableItem {
  module: string;
  itemId: string;
  title: string;
  /** The public page in each language. */
  url: { uk: string; en: string };
  authority: { slug: string; nameUk: string; nameEn: string };
  topics: string[];
}

/** What a module tells the notifications about its items. */
export interface ItemSource {
  /** The public item, or null when it does not exist or is not public (then nobody may follow it). */
  describe(itemId: string): Promise<NotifiableItem | null>;
  /** Items that became public in [since, until): the weekly digest lists them. */
  newSince(since: Date, until: Date): Promise<NotifiableItem[]>;
}

export interface JobRun {
  now: Date;
  /** The claimed period (`2026-11-23`, `2026-W48`) or `manual:<time>` when an admin starts the job. */
  period: string;
}

export interface ScheduledJob extends JobCadence {
  name: string;
  /** Returns how many notices it queued. */
  run(run: JobRun): Promise<number>;
}

export type TemplateSet = Record<string, BilingualTemplate>;
