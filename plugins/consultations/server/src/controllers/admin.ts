import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { notFound, parseOrThrow, type AdminUser } from '@vzd/core/server';
import {
  adminListQuery,
  createConsultationRequest,
  dispositionRequest,
  documentIdParam,
  hideRequest,
  proposalsQuery,
  publishReportRequest,
  rowIdParam,
} from '../../../shared/contracts';
import { consultationsService } from '../utils/services';

/** Officials' endpoints behind the admin panel; every action checks the official's authority assignment. */
const adminController = ({ strapi }: { strapi: Core.Strapi }) => {
  const official = (ctx: Context) => ctx.state.user as AdminUser;
  const id = (ctx: Context) => parseOrThrow(documentIdParam, ctx.params.id);
  const contributionId = (ctx: Context) => parseOrThrow(rowIdParam, ctx.params.commentId);
  const done = (ctx: Context, result: { from: string; to: string }) => {
    ctx.body = { data: { documentId: ctx.params.id, from: result.from, status: result.to } };
  };
  const lifecycle = () => consultationsService(strapi, 'lifecycle');
  const moderation = () => consultationsService(strapi, 'moderation');
  const views = () => consultationsService(strapi, 'officialViews');

  return {
    /** The authorities this official may prepare consultations for (every one for a super admin). */
    async authorities(ctx: Context) {
      ctx.body = { data: await views().authorities(official(ctx)) };
    },
    async list(ctx: Context) {
      const { status } = parseOrThrow(adminListQuery, ctx.query);
      ctx.body = { data: await views().list(official(ctx), status) };
    },
    async create(ctx: Context) {
      const input = parseOrThrow(createConsultationRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await lifecycle().create(input, official(ctx)) };
    },
    async findOne(ctx: Context) {
      const detail = await views().detail(id(ctx), official(ctx));
      if (!detail) throw notFound({ uk: 'Консультацію не знайдено', en: 'Consultation not found' });
      ctx.body = { data: detail };
    },
    async publish(ctx: Context) {
      done(ctx, await lifecycle().publish(id(ctx), official(ctx)));
    },
    async contributions(ctx: Context) {
      const { filter } = parseOrThrow(proposalsQuery, ctx.query);
      ctx.body = { data: await views().contributions(id(ctx), official(ctx), filter) };
    },
    async hide(ctx: Context) {
      const { reason } = parseOrThrow(hideRequest, ctx.request.body);
      ctx.body = { data: await moderation().hide(id(ctx), contributionId(ctx), official(ctx), reason) };
    },
    async dispose(ctx: Context) {
      const body = parseOrThrow(dispositionRequest, ctx.request.body);
      ctx.body = { data: await moderation().dispose(id(ctx), contributionId(ctx), official(ctx), body.disposition, body.reason) };
    },
    async publishReport(ctx: Context) {
      const { summary } = parseOrThrow(publishReportRequest, ctx.request.body);
      done(ctx, await lifecycle().publishReport(id(ctx), official(ctx), summary));
    },
  };
};

export default adminController;
