import type { Loader } from 'astro/loaders';
import { petitionList, petitionSummary } from '@vzd/petitions/contracts';
import { z } from 'zod';
import { allDocumentIds, getJson, getValidated, mapLimited, validate } from '../lib/api';

const DETAIL_CONCURRENCY = 8;
const BASE = '/api/petitions/petitions';

const envelope = z.object({ data: z.record(z.string(), z.unknown()) });

/**
 * Every public petition with its full detail (text, answer, timeline), keyed by documentId. The list is read page
 * by page, then each detail; the collection schema (the `petitionDetail` contract) validates every entry. The store
 * is cleared first so a petition that left the public list also leaves the site.
 */
export function petitionsLoader(): Loader {
  return {
    name: 'vzd-petitions',
    async load({ store, logger, parseData, generateDigest }) {
      const unique = await allDocumentIds(BASE, petitionList, 'petitions');

      const details = await mapLimited(unique, DETAIL_CONCURRENCY, async (id) => {
        const body = await getJson(`${BASE}/${encodeURIComponent(id)}`);
        if (body === null) {
          logger.warn(`petition ${id} disappeared between the list and its detail; skipped`);
          return null;
        }
        return validate(body, envelope, `GET ${BASE}/${id}`).data;
      });

      store.clear();
      for (const [i, raw] of details.entries()) {
        if (!raw) continue;
        const id = unique[i] as string;
        const data = await parseData({ id, data: raw });
        store.set({ id, data, digest: generateDigest(raw) });
      }
      logger.info(`${store.keys().length} petitions`);
    },
  };
}

/** The API's own choice of petitions close to their threshold (for the home page), in its order. */
export const nearThresholdEntry = z.object({ rank: z.number().int().min(0), petition: petitionSummary });

export function nearThresholdLoader(): Loader {
  return {
    name: 'vzd-petitions-near-threshold',
    async load({ store, parseData, generateDigest }) {
      const body = await getValidated(`${BASE}/near-threshold`, z.object({ data: z.array(petitionSummary) }));
      store.clear();
      for (const [rank, petition] of (body?.data ?? []).entries()) {
        const raw = { rank, petition };
        const data = await parseData({ id: petition.documentId, data: raw });
        store.set({ id: petition.documentId, data, digest: generateDigest(raw) });
      }
    },
  };
}
