import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { subscriptionIdParam, subscriptionTarget, updatePreferencesRequest } from '../../../shared/contracts';
import type { SubscriptionsService } from '../services/subscriptions';
import { parseOrThrow, unauthorized } from '../utils/errors';

/** The signed-in citizen's follows and mail preferences (`/api/core/subscriptions`, `/api/core/preferences`). */
const subscriptionsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('core').service('subscriptions') as SubscriptionsService;
  const citizen = (ctx: Context): number => {
    const id = (ctx.state.user as { id?: number } | undefined)?.id;
    if (!id) throw unauthorized({ uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' });
    return id;
  };

  return {
    async list(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await service().list(citizen(ctx)) };
    },
    async create(ctx: Context) {
      const { subscription, created } = await service().follow(citizen(ctx), parseOrThrow(subscriptionTarget, ctx.request.body));
      ctx.status = created ? 201 : 200;
      ctx.body = { data: subscription };
    },
    /** DELETE carries no body (koa-body ignores it), so the target comes in the query: `?kind=item&module=…&itemId=…`. */
    async remove(ctx: Context) {
      ctx.body = { data: { removed: await service().unfollow(citizen(ctx), parseOrThrow(subscriptionTarget, ctx.query)) } };
    },
    async removeById(ctx: Context) {
      ctx.body = { data: { removed: await service().unfollowById(citizen(ctx), parseOrThrow(subscriptionIdParam, ctx.params.id)) } };
    },
    async preferences(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await service().preferences(citizen(ctx)) };
    },
    async updatePreferences(ctx: Context) {
      ctx.body = { data: await service().setPreferences(citizen(ctx), parseOrThrow(updatePreferencesRequest, ctx.request.body)) };
    },
  };
};

export default subscriptionsController;
