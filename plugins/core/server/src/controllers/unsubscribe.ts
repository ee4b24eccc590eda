import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { unsubscribeQuery } from '../../../shared/contracts';
import { unsubscribePage } from '../notifications/unsubscribe-page';
import type { SubscriptionsService } from '../services/subscriptions';

/**
 * The one-click unsubscribe behind every notification (`/api/core/unsubscribe?token=`), no login needed. GET shows a
 * bilingual page that asks; POST does it — from that page's button or from a mail client following
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058). A client that asks for JSON gets JSON.
 */
const unsubscribeController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('core').service('subscriptions') as SubscriptionsService;
  const tokenOf = (ctx: Context): string | null => {
    const parsed = unsubscribeQuery.safeParse(ctx.query);
    return parsed.success ? parsed.data.token : null;
  };
  const wantsJson = (ctx: Context) => ctx.accepts('html', 'json') === 'json';
  const invalid = (ctx: Context) => {
    ctx.status = 400;
    if (wantsJson(ctx)) {
      ctx.body = {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: 'Посилання для відписки недійсне / The unsubscribe link is not valid',
          details: {
            code: 'invalid_token',
            errors: [{ path: ['token'], message: 'Токен відписки недійсний або вже використаний', messageEn: 'The unsubscribe token is not valid or was already used' }],
          },
        },
      };
    } else {
      ctx.type = 'html';
      ctx.body = unsubscribePage({ kind: 'invalid' });
    }
  };

  return {
    async show(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Referrer-Policy', 'no-referrer');
      const token = tokenOf(ctx);
      const found = token ? await service().inspect(token) : null;
      if (!found) return invalid(ctx);
      ctx.type = 'html';
      ctx.body = unsubscribePage({ kind: 'confirm', what: found.what, action: `${ctx.path}?token=${encodeURIComponent(token!)}` });
    },
    async confirm(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const token = tokenOf(ctx);
      const done = token ? await service().unsubscribe(token) : null;
      if (!done) return invalid(ctx);
      if (wantsJson(ctx)) {
        ctx.body = { data: { unsubscribed: true, what: done.what } };
      } else {
        ctx.type = 'html';
        ctx.body = unsubscribePage({ kind: 'done', what: done.what });
      }
    },
  };
};

export default unsubscribeController;
