import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { notFound, parseOrThrow, unauthorized } from '@vzd/core/server';
import { createPetitionRequest, documentIdParam, listQuery, resubmitPetitionRequest } from '../../../shared/contracts';

const missing = () => notFound({ uk: 'Петицію не знайдено', en: 'Petition not found' });

/** Citizen-facing endpoints: validate with the contract, call a service, shape the answer. */
const publicController = ({ strapi }: { strapi: Core.Strapi }) => {
  const views = () => strapi.plugin('petitions').service('views');
  const lifecycle = () => strapi.plugin('petitions').service('lifecycle');
  const id = (ctx: Context) => parseOrThrow(documentIdParam, ctx.params.id);
  const citizen = (ctx: Context): number => {
    const user = ctx.state.user as { id: number; confirmed?: boolean } | undefined;
    if (!user) throw unauthorized({ uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' });
    return user.id;
  };

  return {
    async list(ctx: Context) {
      ctx.body = await views().list(parseOrThrow(listQuery, ctx.query));
    },
    async nearThreshold(ctx: Context) {
      ctx.body = { data: await views().nearThreshold(6) };
    },
    async findOne(ctx: Context) {
      const petition = await views().detail(id(ctx));
      if (!petition) throw missing();
      ctx.body = { data: petition };
    },
    async count(ctx: Context) {
      const live = await views().liveCount(id(ctx));
      if (!live) throw missing();
      ctx.set('Cache-Control', 'public, max-age=5');
      ctx.body = { data: live };
    },
    async create(ctx: Context) {
      const input = parseOrThrow(createPetitionRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await lifecycle().create(input, citizen(ctx)) };
    },
    async resubmit(ctx: Context) {
      const userId = citizen(ctx);
      const petitionId = id(ctx);
      const input = parseOrThrow(resubmitPetitionRequest, ctx.request.body);
      const result = await lifecycle().resubmit(petitionId, userId, input);
      ctx.body = { data: { documentId: petitionId, status: result.to } };
    },
    async sign(ctx: Context) {
      const result = await lifecycle().sign(id(ctx), citizen(ctx));
      ctx.status = 201;
      ctx.body = { data: { signedAt: new Date(result.signedAt).toISOString(), signatures: result.signatures, status: result.status } };
    },
    async mySignature(ctx: Context) {
      const status = await views().signatureStatus(id(ctx), citizen(ctx));
      if (!status) throw missing();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: status };
    },
    async mine(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await views().mine(citizen(ctx)) };
    },
  };
};

export default publicController;
