import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AuditEntry } from '../domain/audit';
import type { AuditEventInput } from './audit';

/** What a module reports when one of its items changes (or a signature/vote/response is stored). */
export type ParticipationEvent = AuditEventInput;

/** Reacts inside the same transaction as the change, e.g. the notifications outbox. */
export type EventListener = (trx: Knex.Transaction, event: ParticipationEvent, entry: AuditEntry) => Promise<void>;

/**
 * The one door for participation events: appends to the audit chain and lets in-transaction listeners
 * (notifications, statistics) react, so modules never call those directly and nothing is half-recorded.
 */
const events = ({ strapi }: { strapi: Core.Strapi }) => {
  const listeners: EventListener[] = [];
  return {
    subscribe(listener: EventListener): void {
      listeners.push(listener);
    },
    async record(trx: Knex.Transaction, event: ParticipationEvent): Promise<AuditEntry> {
      const entry = (await strapi.plugin('core').service('audit').append(trx, event)) as AuditEntry;
      for (const listener of listeners) await listener(trx, event, entry);
      return entry;
    },
  };
};

export default events;
