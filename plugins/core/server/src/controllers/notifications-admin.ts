import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { outboxQuery } from '../../../shared/contracts';
import type { OutboxMessage } from '../notifications/outbox';
import type { NotificationsService } from '../services/notifications';
import { notFound, parseOrThrow } from '../utils/errors';

const idParam = z.coerce.number().int().positive();
const jobParam = z.string().regex(/^[a-z][a-z0-9.-]{0,80}$/);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The admin view of the outbox (dead letters first of all) and the hand-started jobs, under /core/notifications. */
const notificationsAdminController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('core').service('notifications') as NotificationsService;
  const view = (m: OutboxMessage) => ({
    id: m.id,
    category: m.category,
    template: m.template,
    toAddress: m.toAddress,
    language: m.language,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt.toISOString(),
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: iso(m.sentAt),
  });
  const runJob = async (ctx: Context, name: string) => {
    const queued = await service().runJob(name);
    if (queued === null) throw notFound({ uk: 'Такого завдання немає', en: 'No such job' });
    ctx.body = { data: { job: name, queued } };
  };

  return {
    async outbox(ctx: Context) {
      const query = parseOrThrow(outboxQuery, ctx.query);
      const [messages, counts] = await Promise.all([
        service().outbox.list({ status: query.status, limit: query.limit, beforeId: query.before }),
        service().outbox.counts(),
      ]);
      ctx.body = { data: messages.map(view), meta: { counts } };
    },
    async requeue(ctx: Context) {
      const id = parseOrThrow(idParam, ctx.params.id);
      if (!(await service().outbox.requeue(id))) {
        throw notFound({ uk: 'Серед недоставлених такого листа немає', en: 'There is no such dead message' });
      }
      ctx.body = { data: { id, status: 'pending' } };
    },
    async deliver(ctx: Context) {
      ctx.body = { data: await service().deliverNow() };
    },
    async digest(ctx: Context) {
      await runJob(ctx, 'core.weekly-digest');
    },
    async runJob(ctx: Context) {
      await runJob(ctx, parseOrThrow(jobParam, ctx.params.job));
    },
    async jobs(ctx: Context) {
      ctx.body = { data: service().jobNames() };
    },
  };
};

export default notificationsAdminController;
