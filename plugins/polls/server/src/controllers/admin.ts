import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { notFound, parseOrThrow, type AdminUser } from '@vzd/core/server';
import {
  adminListQuery,
  answerIdParam,
  createPollRequest,
  documentIdParam,
  moderateTextRequest,
  openRequest,
  scheduleRequest,
  textsQuery,
} from '../../../shared/contracts';
import { pollsService } from '../utils/services';

/** Officials' endpoints behind the admin panel; every action checks the official's authority assignment. */
const adminController = ({ strapi }: { strapi: Core.Strapi }) => {
  const lifecycle = () => pollsService(strapi, 'lifecycle');
  const moderation = () => pollsService(strapi, 'moderation');
  const official = (ctx: Context) => ctx.state.user as AdminUser;
  const id = (ctx: Context) => parseOrThrow(documentIdParam, ctx.params.id);
  const done = (ctx: Context, result: { from: string; to: string }) => {
    ctx.body = { data: { documentId: ctx.params.id, from: result.from, status: result.to } };
  };

  return {
    async list(ctx: Context) {
      const { filter } = parseOrThrow(adminListQuery, ctx.query);
      const scope = await strapi.plugin('core').service('authorities').scopeOf(official(ctx));
      ctx.body = { data: await pollsService(strapi, 'views').forOfficials(scope, filter) };
    },
    async create(ctx: Context) {
      const input = parseOrThrow(createPollRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await lifecycle().create(input, official(ctx)) };
    },
    async schedule(ctx: Context) {
      const times = parseOrThrow(scheduleRequest, ctx.request.body ?? {});
      done(ctx, await lifecycle().schedule(id(ctx), official(ctx), times));
    },
    async open(ctx: Context) {
      const times = parseOrThrow(openRequest, ctx.request.body ?? {});
      done(ctx, await lifecycle().open(id(ctx), official(ctx), times));
    },
    async close(ctx: Context) {
      done(ctx, await lifecycle().close(id(ctx), official(ctx)));
    },
    async texts(ctx: Context) {
      const { state } = parseOrThrow(textsQuery, ctx.query);
      ctx.body = { data: await moderation().list(id(ctx), official(ctx), state) };
    },
    async moderateText(ctx: Context) {
      const { decision } = parseOrThrow(moderateTextRequest, ctx.request.body);
      const answerId = parseOrThrow(answerIdParam, ctx.params.answerId);
      const outcome = await moderation().decide(id(ctx), answerId, official(ctx), decision);
      ctx.body = { data: { id: outcome.id, state: outcome.state } };
    },
    /** Officials see the figures at any time, also before they are published. */
    async results(ctx: Context) {
      const poll = await pollsService(strapi, 'views').findAny(id(ctx));
      if (!poll) throw notFound({ uk: 'Опитування не знайдено', en: 'Poll not found' });
      await strapi.plugin('core').service('authorities').assertOfficialOf(official(ctx), poll.authority.id);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await pollsService(strapi, 'results').document(poll, poll.status === 'closed') };
    },
  };
};

export default adminController;
