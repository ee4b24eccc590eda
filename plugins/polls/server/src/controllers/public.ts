import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { UTF8_BOM } from '@vzd/core/csv';
import { conflict, notFound, parseOrThrow, unauthorized } from '@vzd/core/server';
import { documentIdParam, listQuery, submitResponseRequest } from '../../../shared/contracts';
import { resultsVisibility } from '../domain';
import { pollsService } from '../utils/services';

const missing = () => notFound({ uk: 'Опитування не знайдено', en: 'Poll not found' });

/** Citizen-facing endpoints: validate with the contract, call a service, shape the answer. */
const publicController = ({ strapi }: { strapi: Core.Strapi }) => {
  const views = () => pollsService(strapi, 'views');
  const id = (ctx: Context) => parseOrThrow(documentIdParam, ctx.params.id);
  const citizen = (ctx: Context): number => {
    const user = ctx.state.user as { id: number } | undefined;
    if (!user) throw unauthorized({ uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' });
    return user.id;
  };

  /** The published results of a poll, or the refusal that says when they will be. */
  const publishedResults = async (ctx: Context) => {
    const poll = await views().findPublic(id(ctx));
    if (!poll) throw missing();
    const visibility = resultsVisibility(poll.status, Boolean(poll.liveResults));
    if (!visibility.visible) throw conflict(visibility.code, visibility.message);
    ctx.set('Cache-Control', visibility.final ? 'public, max-age=60' : 'public, max-age=5');
    return pollsService(strapi, 'results').document(poll, visibility.final);
  };

  return {
    async list(ctx: Context) {
      ctx.body = await views().list(parseOrThrow(listQuery, ctx.query));
    },
    async findOne(ctx: Context) {
      const poll = await views().detail(id(ctx));
      if (!poll) throw missing();
      ctx.body = { data: poll };
    },
    async respond(ctx: Context) {
      const { answers } = parseOrThrow(submitResponseRequest, ctx.request.body);
      const saved = await pollsService(strapi, 'responses').submit(id(ctx), citizen(ctx), answers);
      ctx.status = saved.created ? 201 : 200;
      ctx.body = { data: saved };
    },
    async myResponse(ctx: Context) {
      const mine = await pollsService(strapi, 'responses').mine(id(ctx), citizen(ctx));
      if (!mine) throw missing();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: mine };
    },
    async results(ctx: Context) {
      ctx.body = { data: await publishedResults(ctx) };
    },
    async resultsCsv(ctx: Context) {
      const document = await publishedResults(ctx);
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="poll-${document.documentId}-results.csv"`);
      ctx.body = UTF8_BOM + pollsService(strapi, 'results').csv(document);
    },
  };
};

export default publicController;
