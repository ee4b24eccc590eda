import type { Core } from '@strapi/strapi';
import { consultationsOpenApi } from '../../../shared/openapi';

/** Tells the core module registry about e-consultations: title, site path, headline figures, API document. */
export function registerModule(strapi: Core.Strapi): void {
  strapi.plugin('core').service('modules').register({
    name: 'consultations',
    title: { uk: 'Електронні консультації', en: 'E-consultations' },
    sitePath: '/consultations/',
    openapi: consultationsOpenApi,
    // Comments and replies are baked into the section pages; a hidden one must leave them.
    siteChanges: ['comment.add', 'comment.reply', 'position_paper.add', 'contribution.hide'],
    async stats() {
      const db = strapi.db.connection;
      const { rows } = await db.raw(`
        SELECT
          count(*) FILTER (WHERE status = 'open') AS open,
          count(*) FILTER (WHERE status = 'closed') AS awaiting_report,
          count(*) FILTER (WHERE status = 'closed' AND report_due_at < now()) AS reports_overdue,
          count(*) FILTER (WHERE status = 'report_published') AS reports_published,
          (SELECT count(*) FROM consultations_contributions WHERE kind IN ('comment', 'position_paper') AND hidden_at IS NULL) AS proposals
        FROM consultations_consultations`);
      const r = rows[0];
      return {
        open: Number(r.open),
        awaitingReport: Number(r.awaiting_report),
        reportsOverdue: Number(r.reports_overdue),
        reportsPublished: Number(r.reports_published),
        proposals: Number(r.proposals),
      };
    },
  });
}
