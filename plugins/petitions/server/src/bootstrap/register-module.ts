import type { Core } from '@strapi/strapi';
import { petitionsOpenApi } from '../../../shared/openapi';

/** Tells the core module registry about e-petitions: title, site path, headline figures, API document. */
export function registerModule(strapi: Core.Strapi): void {
  strapi.plugin('core').service('modules').register({
    name: 'petitions',
    title: { uk: 'Електронні петиції', en: 'E-petitions' },
    sitePath: '/petitions/',
    openapi: petitionsOpenApi,
    async stats() {
      const db = strapi.db.connection;
      const byStatus = (await db('petitions_petitions').select('status').count('* as n').groupBy('status')) as { status: string; n: string }[];
      const n = (s: string[]) => byStatus.filter((r) => s.includes(r.status)).reduce((sum, r) => sum + Number(r.n), 0);
      // From the trigger-kept counters: a count(*) over every signature of the platform grows without bound.
      const [{ count }] = (await db('petitions_signature_counts').sum('signatures as count')) as { count: string | null }[];
      return {
        collecting: n(['collecting', 'threshold_reached']),
        awaitingAnswer: n(['threshold_reached', 'under_consideration']),
        answered: n(['answered']),
        signatures: Number(count),
      };
    },
  });
}
