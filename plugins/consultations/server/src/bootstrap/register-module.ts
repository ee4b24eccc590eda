import type { Core } from '@strapi/strapi';
import type { FormBinding } from '@vzd/core/server';
import { consultationsOpenApi } from '../../../shared/openapi';
import { answersFromForm, questionnaireOf } from '../domain';
import { consultationsService } from '../utils/services';

/** Tells the core module registry about e-consultations: title, site path, headline figures, API document. */
export function registerModule(strapi: Core.Strapi): void {
  strapi.plugin('core').service('modules').register({
    name: 'consultations',
    title: { uk: 'Електронні консультації', en: 'E-consultations' },
    sitePath: '/consultations/',
    openapi: consultationsOpenApi,
    // Comments and replies are baked into the section pages; a hidden one must leave them.
    siteChanges: ['comment.add', 'comment.reply', 'position_paper.add', 'contribution.hide'],
    forms: [questionnaireForm(strapi)],
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

/** The questionnaire's plain form: option positions arrive as text and are read against the consultation's questions. */
const questionnaireForm = (strapi: Core.Strapi): FormBinding => ({
  method: 'POST',
  path: /^\/api\/consultations\/consultations\/[^/]+\/answers$/,
  async read(fields, path) {
    const documentId = path.split('/')[4];
    const consultation = /^[A-Za-z0-9]{1,64}$/.test(documentId) ? await consultationsService(strapi, 'views').findPublic(documentId, []) : null;
    const questionnaire = consultation ? questionnaireOf(consultation.questionnaire) : null;
    // No such consultation or questionnaire: the route gives its own refusal.
    return { body: questionnaire ? answersFromForm(questionnaire, fields) : { answers: {} } };
  },
});
