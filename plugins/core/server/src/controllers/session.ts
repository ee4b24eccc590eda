import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { loginRequest, logoutQuery } from '../../../shared/contracts';
import { parseOrThrow, unauthorized } from '../utils/errors';
import { coreService } from '../utils/get-service';
import { withRetryAfter } from '../utils/retry-after';
import { clearSessionCookie, setSessionCookie } from '../utils/session-cookie';

const session = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => coreService(strapi, 'session');
  return {
    async login(ctx: Context) {
      const input = parseOrThrow(loginRequest, ctx.request.body);
      // A new token on every login: whatever the browser carried before is replaced, never promoted.
      const { jwt, user } = await withRetryAfter(ctx, () => service().login(input, { ip: ctx.request.ip }));
      setSessionCookie(ctx, jwt);
      ctx.body = { data: { user } };
    },
    async logout(ctx: Context) {
      const { everywhere } = parseOrThrow(logoutQuery, ctx.query);
      if (everywhere) {
        const user = await service().current(ctx.request.header.authorization);
        if (!user) throw unauthorized({ uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' });
        await service().revokeAll(user.id);
      }
      clearSessionCookie(ctx);
      ctx.body = { data: { user: null } };
    },
    async current(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: { user: await service().current(ctx.request.header.authorization) } };
    },
  };
};

export default session;
