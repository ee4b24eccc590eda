import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { parseOrThrow, type AdminUser } from '@vzd/core/server';
import { answerRequest, documentIdParam, rejectRequest } from '../../../shared/contracts';

const filterQuery = z.object({ filter: z.enum(['moderation', 'answer', 'overdue', 'all']).default('moderation') });

/** Officials' endpoints behind the admin panel; every action checks the official's authority assignment. */
const adminController = ({ strapi }: { strapi: Core.Strapi }) => {
  const lifecycle = () => strapi.plugin('petitions').service('lifecycle');
  const official = (ctx: Context) => ctx.state.user as AdminUser;
  const id = (ctx: Context) => parseOrThrow(documentIdParam, ctx.params.id);
  const done = (ctx: Context, result: { from: string; to: string }) => {
    ctx.body = { data: { documentId: ctx.params.id, from: result.from, status: result.to } };
  };

  return {
    async list(ctx: Context) {
      const { filter } = parseOrThrow(filterQuery, ctx.query);
      const scope = await strapi.plugin('core').service('authorities').scopeOf(official(ctx));
      ctx.body = { data: await strapi.plugin('petitions').service('views').forOfficials(scope, filter) };
    },
    async publish(ctx: Context) {
      done(ctx, await lifecycle().publish(id(ctx), official(ctx)));
    },
    async reject(ctx: Context) {
      const body = parseOrThrow(rejectRequest, ctx.request.body);
      done(ctx, await lifecycle().reject(id(ctx), official(ctx), body.reason, body.note, body.duplicateOf));
    },
    async startConsideration(ctx: Context) {
      done(ctx, await lifecycle().startConsideration(id(ctx), official(ctx)));
    },
    async answer(ctx: Context) {
      const body = parseOrThrow(answerRequest, ctx.request.body);
      done(ctx, await lifecycle().answer(id(ctx), official(ctx), body.text));
    },
  };
};

export default adminController;
