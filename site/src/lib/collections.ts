import { getCollection } from 'astro:content';
import type { AuthorityDetail } from '@vzd/core/contracts';
import type { PetitionDetail } from '@vzd/petitions/contracts';
import { newestFirst } from './petitions';

/**
 * Typed, ordered views of the content collections (loaded and validated in content.config.ts). In a build the
 * data cannot change, so each view is computed once instead of once per page (hundreds of list and detail pages);
 * the dev server recomputes so edits and reloads show up.
 */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | null = null;
  return () => {
    if (!import.meta.env.PROD) return compute();
    cached ??= compute();
    return cached;
  };
}

export const allPetitions = once(async (): Promise<PetitionDetail[]> =>
  newestFirst((await getCollection('petitions')).map((e) => e.data)),
);

const kindOrder = { central: 0, regional: 1, community: 2 } as const;

export const allAuthorities = once(async (): Promise<AuthorityDetail[]> =>
  (await getCollection('authorities'))
    .map((e) => e.data)
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.nameUk.localeCompare(b.nameUk, 'uk')),
);

export const modulesInOrder = once(async () =>
  (await getCollection('modules')).map((e) => e.data).sort((a, b) => a.order - b.order),
);

export const nearThreshold = once(async () =>
  (await getCollection('nearThreshold'))
    .map((e) => e.data)
    .sort((a, b) => a.rank - b.rank)
    .map((e) => e.petition),
);
