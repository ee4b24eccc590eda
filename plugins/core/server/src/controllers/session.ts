import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { loginRequest } from '../../../shared/contracts';
import { parseOrThrow } from '../utils/errors';
import { clearSessionCookie, setSessionCookie } from '../utils/session-cookie';

const session = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('core').service('session');
  return {
    async login(ctx: Context) {
      const { jwt, user } = await service().login(parseOrThrow(loginRequest, ctx.request.body));
      setSessionCookie(ctx, jwt);
      ctx.body = { data: { user } };
    },
    async logout(ctx: Context) {
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
