import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { setSessionCookie } from '@vzd/core/server';
import { verifyStartQuery } from '../../../shared/contracts';
import { identityService } from '../utils/services';

/**
 * Browser navigations, not API calls: both answer with a redirect, never a JSON error. The signed-in citizen is
 * read from the session here (the routes are open), so an expired session still lands on a page that explains.
 */
const verificationController = ({ strapi }: { strapi: Core.Strapi }) => {
  const signedIn = async (ctx: Context): Promise<number | null> => {
    const user = await strapi.plugin('core').service('session').current(ctx.request.header.authorization);
    return user ? (user as { id: number }).id : null;
  };
  const redirect = (ctx: Context, location: string) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.redirect(location);
  };

  return {
    async start(ctx: Context) {
      const query = verifyStartQuery.safeParse(ctx.query);
      const location = await identityService(strapi, 'verification').start(await signedIn(ctx), query.success ? query.data.next : undefined);
      redirect(ctx, location);
    },
    async callback(ctx: Context) {
      const outcome = await identityService(strapi, 'verification').callback(await signedIn(ctx), ctx.query, ctx.querystring);
      if (outcome.sessionToken) setSessionCookie(ctx, outcome.sessionToken);
      redirect(ctx, outcome.location);
    },
  };
};

export default verificationController;
