import { defineCollection } from 'astro:content';
import { authorityDetail, moduleSummary } from '@vzd/core/contracts';
import { petitionDetail } from '@vzd/petitions/contracts';
import { z } from 'zod';
import { fromContract } from './lib/contract-schema';
import { authoritiesLoader, modulesLoader } from './loaders/core';
import { consultationEntry, consultationsLoader } from './loaders/consultations';
import { pollEntry, pollsLoader } from './loaders/polls';
import { nearThresholdEntry, nearThresholdLoader, petitionsLoader } from './loaders/petitions';

/** One collection per public dataset; each entry is validated by the plugin's own zod contract. */
export const collections = {
  petitions: defineCollection({ loader: petitionsLoader(), schema: fromContract(petitionDetail) }),
  nearThreshold: defineCollection({ loader: nearThresholdLoader(), schema: fromContract(nearThresholdEntry) }),
  authorities: defineCollection({ loader: authoritiesLoader(), schema: fromContract(authorityDetail) }),
  modules: defineCollection({
    loader: modulesLoader(),
    schema: fromContract(moduleSummary.extend({ order: z.number().int().min(0) })),
  }),
  consultations: defineCollection({ loader: consultationsLoader(), schema: fromContract(consultationEntry) }),
  polls: defineCollection({ loader: pollsLoader(), schema: fromContract(pollEntry) }),
};
