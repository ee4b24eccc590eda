import { defineCollection } from 'astro:content';
import { petitionSummary } from '@vzd/petitions/contracts';

const petitions = defineCollection({
  loader: async () => [{ id: 'a', documentId: 'a', title: 'x', status: 'collecting', authority: {slug:'a',nameUk:'a',nameEn:'a'}, signatures: 1, threshold: 5, percent: 20, daysLeft: 1, collectionEndsAt: null, createdAt: 'x' }],
  schema: petitionSummary as any,
});
export const collections = { petitions };
