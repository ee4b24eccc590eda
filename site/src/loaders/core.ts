import type { Loader } from 'astro/loaders';
import { authorityList, moduleList } from '@vzd/core/contracts';
import { z } from 'zod';
import { getJson, getValidated, mapLimited, validate } from '../lib/api';

const DETAIL_CONCURRENCY = 8;
const envelope = z.object({ data: z.record(z.string(), z.unknown()) });

/** Every authority with its contacts (the `authorityDetail` contract), keyed by slug. */
export function authoritiesLoader(): Loader {
  return {
    name: 'vzd-authorities',
    async load({ store, logger, parseData, generateDigest }) {
      const list = await getValidated('/api/core/authorities', authorityList);
      const slugs = (list?.data ?? []).map((a) => a.slug);
      const details = await mapLimited(slugs, DETAIL_CONCURRENCY, async (slug) => {
        const path = `/api/core/authorities/${encodeURIComponent(slug)}`;
        const body = await getJson(path);
        if (body === null) {
          logger.warn(`authority ${slug} disappeared between the list and its detail; skipped`);
          return null;
        }
        return validate(body, envelope, `GET ${path}`).data;
      });
      store.clear();
      for (const [i, raw] of details.entries()) {
        if (!raw) continue;
        const id = slugs[i] as string;
        store.set({ id, data: await parseData({ id, data: raw }), digest: generateDigest(raw) });
      }
      logger.info(`${store.keys().length} authorities`);
    },
  };
}

/** The modules registered with the core and their live figures (shown on the home page), keyed by name. */
export function modulesLoader(): Loader {
  return {
    name: 'vzd-modules',
    async load({ store, parseData, generateDigest }) {
      const list = await getValidated('/api/core/modules', moduleList);
      store.clear();
      for (const [order, module] of (list?.data ?? []).entries()) {
        const raw = { ...module, order };
        store.set({ id: module.name, data: await parseData({ id: module.name, data: raw }), digest: generateDigest(raw) });
      }
    },
  };
}
