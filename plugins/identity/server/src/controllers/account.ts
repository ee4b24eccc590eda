import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { clearSessionCookie, parseOrThrow, unauthorized } from '@vzd/core/server';
import { deleteAccountRequest } from '../../../shared/contracts';
import { identityService } from '../utils/services';

/** The signed-in citizen's own account: level of assurance, data export, deletion. */
const accountController = ({ strapi }: { strapi: Core.Strapi }) => {
  const citizen = (ctx: Context): number => {
    const user = ctx.state.user as { id: number } | undefined;
    if (!user) throw unauthorized({ uk: 'Увійдіть, щоб продовжити', en: 'Please sign in to continue' });
    return user.id;
  };

  return {
    async me(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await identityService(strapi, 'assurance').me(citizen(ctx)) };
    },
    async export(ctx: Context) {
      const data = await identityService(strapi, 'account').export(citizen(ctx));
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Disposition', `attachment; filename="vzayemodiia-my-data-${data.exportedAt.slice(0, 10)}.json"`);
      ctx.body = { data };
    },
    async remove(ctx: Context) {
      const { password } = parseOrThrow(deleteAccountRequest, ctx.request.body);
      await identityService(strapi, 'account').remove(citizen(ctx), password, { ip: ctx.request.ip });
      clearSessionCookie(ctx);
      ctx.body = { data: { deleted: true } };
    },
  };
};

export default accountController;
