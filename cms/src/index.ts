import type { Core } from '@strapi/strapi';
import { env } from './env';
import { applyDemoSeed } from './seed/apply-demo-seed';

/** Composition root: the plugins do the work; the app only decides whether the demo data is loaded. */
export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (env.DEMO_SEED) await applyDemoSeed(strapi, env);
  },
};
