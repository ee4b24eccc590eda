import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { notFound, parseOrThrow, unauthorized } from '@vzd/core/server';
import {
  abuseReportRequest,
  answersRequest,
  commentRequest,
  documentIdParam,
  listQuery,
  positionPaperFields,
  rowIdParam,
  sectionNumberParam,
} from '../../../shared/contracts';
import type { UploadedFile } from '../services/participation';
import { consultationsService } from '../utils/services';

const missing = () => notFound({ uk: 'Консультацію не знайдено', en: 'Consultation not found' });

/** Citizen-facing endpoints: validate with the contract, call a service, shape the answer. */
const publicController = ({ strapi }: { strapi: Core.Strapi }) => {
  const views = () => consultationsService(strapi, 'views');
  const participation = () => consultationsService(strapi, 'participation');
  const reports = () => consultationsService(strapi, 'reports');
  const id = (ctx: Context) => parseOrThrow(documentIdParam, ctx.params.id);
  const citizen = (ctx: Context): number => {
    const user = ctx.state.user as { id: number } | undefined;
    if (!user) throw unauthorized({ uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' });
    return user.id;
  };
  const created = (ctx: Context, data: unknown) => {
    ctx.status = 201;
    ctx.body = { data };
  };

  return {
    async list(ctx: Context) {
      ctx.body = await views().list(parseOrThrow(listQuery, ctx.query));
    },
    async findOne(ctx: Context) {
      const detail = await views().detail(id(ctx));
      if (!detail) throw missing();
      ctx.body = { data: detail };
    },
    async section(ctx: Context) {
      const section = await views().section(id(ctx), parseOrThrow(sectionNumberParam, ctx.params.number));
      if (!section) throw notFound({ uk: 'Розділ не знайдено', en: 'Section not found' });
      ctx.body = { data: section };
    },
    async participation(ctx: Context) {
      const mine = await views().participation(id(ctx), citizen(ctx));
      if (!mine) throw missing();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: mine };
    },
    async comment(ctx: Context) {
      const userId = citizen(ctx);
      const number = parseOrThrow(sectionNumberParam, ctx.params.number);
      const input = parseOrThrow(commentRequest, ctx.request.body);
      created(ctx, await participation().comment(id(ctx), number, userId, input));
    },
    async reply(ctx: Context) {
      const userId = citizen(ctx);
      const parentId = parseOrThrow(rowIdParam, ctx.params.commentId);
      const input = parseOrThrow(commentRequest, ctx.request.body);
      created(ctx, await participation().reply(id(ctx), parentId, userId, input));
    },
    async reportAbuse(ctx: Context) {
      const userId = citizen(ctx);
      const contributionId = parseOrThrow(rowIdParam, ctx.params.commentId);
      const { reason } = parseOrThrow(abuseReportRequest, ctx.request.body ?? {});
      created(ctx, await participation().reportAbuse(id(ctx), contributionId, userId, reason));
    },
    async answer(ctx: Context) {
      const userId = citizen(ctx);
      const { answers } = parseOrThrow(answersRequest, ctx.request.body);
      created(ctx, await participation().answer(id(ctx), userId, answers));
    },
    async positionPaper(ctx: Context) {
      const userId = citizen(ctx);
      const fields = parseOrThrow(positionPaperFields, ctx.request.body ?? {});
      const file = (ctx.request as unknown as { files?: { files?: UploadedFile } }).files?.files;
      created(ctx, await participation().positionPaper(id(ctx), userId, fields, file));
    },
    async report(ctx: Context) {
      const report = await reports().report(id(ctx));
      if (!report) throw notFound({ uk: 'Звіт про консультацію ще не оприлюднено', en: 'The consultation report is not published yet' });
      ctx.body = { data: report };
    },
    async reportCsv(ctx: Context) {
      const csv = await reports().csv(id(ctx));
      if (!csv) throw notFound({ uk: 'Звіт про консультацію ще не оприлюднено', en: 'The consultation report is not published yet' });
      ctx.set('Content-Disposition', `attachment; filename="${csv.fileName}"`);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = csv.body;
    },
  };
};

export default publicController;
