import { defineCollection } from 'astro:content';
import { petitionSummary } from '@vzd/petitions/contracts';
import { authoritySummary } from '@vzd/core/contracts';

console.log('contracts', typeof petitionSummary.safeParse, typeof authoritySummary.parse);
const petitions = defineCollection({
  loader: async () => [{ id: 'a', title: 'x' }],
});
export const collections = { petitions };
