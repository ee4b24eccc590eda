import type { Loader } from 'astro/loaders';
import { pollDetail, pollList, pollResults } from '@vzd/polls/contracts';
import { z } from 'zod';
import { allDocumentIds, ApiError, getJson, getValidated, mapLimited, validate } from '../lib/api';

const CONCURRENCY = 8;
const BASE = '/api/polls/polls';

/** One entry per public poll: its detail and, when the API already publishes them, its results. */
export const pollEntry = z.object({ detail: pollDetail, results: pollResults.shape.data.nullable() });
export type PollEntry = z.infer<typeof pollEntry>;

const detailEnvelope = z.object({ data: pollDetail });

export function pollsLoader(): Loader {
  return {
    name: 'vzd-polls',
    async load({ store, logger, parseData, generateDigest }) {
      const unique = await allDocumentIds(BASE, pollList, 'polls');

      const entries = await mapLimited(unique, CONCURRENCY, async (id) => {
        const path = `${BASE}/${encodeURIComponent(id)}`;
        const body = await getJson(path);
        if (body === null) {
          logger.warn(`poll ${id} disappeared between the list and its detail; skipped`);
          return null;
        }
        const detail = validate(body, detailEnvelope, `GET ${path}`).data;
        return { detail, results: detail.resultsAvailable ? await resultsOf(path) : null };
      });

      store.clear();
      for (const [i, raw] of entries.entries()) {
        if (!raw) continue;
        const id = unique[i] as string;
        store.set({ id, data: await parseData({ id, data: raw }), digest: generateDigest(raw) });
      }
      logger.info(`${store.keys().length} polls`);
    },
  };
}

/** 409 `results_not_published` (the poll closed a moment ago or live results were switched off): no results yet. */
async function resultsOf(path: string) {
  try {
    return (await getValidated(`${path}/results`, pollResults))?.data ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) return null;
    throw error;
  }
}
