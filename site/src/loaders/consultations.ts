import type { Loader } from 'astro/loaders';
import { consultationDetail, consultationList, consultationReport, sectionResponse } from '@vzd/consultations/contracts';
import { z } from 'zod';
import { allDocumentIds, getJson, getValidated, mapLimited, validate } from '../lib/api';

const CONCURRENCY = 8;
const BASE = '/api/consultations/consultations';

/**
 * One entry per public consultation: its detail, every section with its visible comments, and the report once
 * published. A consultation is small (sections × comments), so the site renders each section page at build time.
 */
export const consultationEntry = z.object({
  detail: consultationDetail,
  sections: z.array(sectionResponse.shape.data),
  report: consultationReport.nullable(),
});
export type ConsultationEntry = z.infer<typeof consultationEntry>;

const detailEnvelope = z.object({ data: consultationDetail });
const reportEnvelope = z.object({ data: consultationReport });

export function consultationsLoader(): Loader {
  return {
    name: 'vzd-consultations',
    async load({ store, logger, parseData, generateDigest }) {
      const unique = await allDocumentIds(BASE, consultationList, 'consultations');

      const entries = await mapLimited(unique, CONCURRENCY, async (id) => {
        const path = `${BASE}/${encodeURIComponent(id)}`;
        const body = await getJson(path);
        if (body === null) {
          logger.warn(`consultation ${id} disappeared between the list and its detail; skipped`);
          return null;
        }
        const detail = validate(body, detailEnvelope, `GET ${path}`).data;
        const sections = [];
        for (const s of detail.sections) {
          const section = await getValidated(`${path}/sections/${s.number}`, sectionResponse);
          if (section) sections.push(section.data);
        }
        // The report answers 404 until it is published.
        const report = detail.status === 'report_published' ? ((await getValidated(`${path}/report`, reportEnvelope))?.data ?? null) : null;
        return { detail, sections, report };
      });

      store.clear();
      for (const [i, raw] of entries.entries()) {
        if (!raw) continue;
        const id = unique[i] as string;
        store.set({ id, data: await parseData({ id, data: raw }), digest: generateDigest(raw) });
      }
      logger.info(`${store.keys().length} consultations`);
    },
  };
}
