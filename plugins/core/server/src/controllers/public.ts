import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { loadEnv } from '@vzd/config';
import type { Authority } from '../services/authorities';
import type { ModuleManifest } from '../services/modules';
import { notFound } from '../utils/errors';
import { openApiDocument, type OpenApiFragment } from '../../../shared/openapi';
import { coreOpenApi } from '../../../shared/core-openapi';

const summary = (a: Authority) => ({ documentId: a.documentId, slug: a.slug, nameUk: a.nameUk, nameEn: a.nameEn, kind: a.kind });

/** Read-only public endpoints of the core: authorities, modules, the audit verdict and the API document. */
const publicController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <N extends string>(name: N) => strapi.plugin('core').service(name);
  return {
    async authorities(ctx: Context) {
      const list = (await service('authorities').list()) as Authority[];
      ctx.body = { data: list.map(summary) };
    },
    async authority(ctx: Context) {
      const a = (await service('authorities').findBySlug(String(ctx.params.slug))) as Authority | null;
      if (!a) throw notFound({ uk: 'Орган влади не знайдено', en: 'Authority not found' });
      ctx.body = {
        data: {
          ...summary(a),
          parent: a.parent ? summary(a.parent as Authority) : null,
          email: a.email ?? null,
          phone: a.phone ?? null,
          website: a.website ?? null,
          address: a.address ?? null,
        },
      };
    },
    async modules(ctx: Context) {
      const manifests = service('modules').list() as ModuleManifest[];
      ctx.body = {
        data: await Promise.all(
          manifests.map(async (m) => ({ name: m.name, titleUk: m.title.uk, titleEn: m.title.en, sitePath: m.sitePath, stats: await m.stats() })),
        ),
      };
    },
    async verifyAudit(ctx: Context) {
      ctx.body = { data: await service('audit').verify() };
    },
    async openapi(ctx: Context) {
      const fragments = service('modules').apiFragments() as OpenApiFragment[];
      ctx.body = openApiDocument('VzayemoDiia API', '0.1.0', loadEnv().PUBLIC_URL, [coreOpenApi(), ...fragments]);
    },
  };
};

export default publicController;
