import type { Core } from '@strapi/strapi';
import { coreService, ERASED_AUTHOR_NAME } from '@vzd/core/server';
import { attachmentOf } from '../services/consultation-row';

type ContributionRow = {
  id: string;
  kind: 'comment' | 'reply' | 'position_paper';
  document_id: string;
  title: string;
  section_number: number | null;
  parent_id: string | null;
  author_name: string;
  organisation: string | null;
  body: string;
  created_at: Date;
  hidden_at: Date | null;
  hidden_reason: string | null;
  disposition: string | null;
  disposition_reason: string | null;
  file_id: number | null;
  file_name: string | null;
  file_url: string | null;
  file_mime: string | null;
  file_size: string | null;
};

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * What e-consultations hold about a citizen: comments and replies, position papers, questionnaire answers and abuse
 * reports. On deletion the texts stay in the public record (the report must account for every proposal) under a
 * neutral author name; answers and reports keep counting with user_id NULL (database rules). A paper's file is
 * stored under a neutral name from the start (services/participation.ts), so it names no one.
 */
export function registerPersonalData(strapi: Core.Strapi): void {
  const db = () => strapi.db.connection;
  coreService(strapi, 'personalData').register('consultations', {
    async export(userId) {
      const contributions = (await db()('consultations_contributions as c')
        .join('consultations_consultations as k', 'k.id', 'c.consultation_id')
        .leftJoin('consultations_sections as s', 's.id', 'c.section_id')
        .leftJoin('files as f', 'f.id', 'c.file_id')
        .where('c.user_id', userId)
        .orderBy('c.id')
        .select('c.*', 'k.document_id', 'k.title', 's.number as section_number')
        .select('f.name as file_name', 'f.url as file_url', 'f.mime as file_mime', 'f.size as file_size')) as ContributionRow[];
      const common = (c: ContributionRow) => ({
        id: Number(c.id),
        consultation: { documentId: c.document_id, title: c.title },
        authorName: c.author_name,
        body: c.body,
        createdAt: iso(c.created_at),
        hidden: c.hidden_at !== null,
        hiddenReason: c.hidden_reason,
        disposition: c.disposition,
        dispositionReason: c.disposition_reason,
      });
      const answers = (await db()('consultations_answers as a')
        .join('consultations_consultations as k', 'k.id', 'a.consultation_id')
        .where('a.user_id', userId)
        .orderBy('a.id')
        .select('k.document_id', 'k.title', 'a.answers', 'a.submitted_at')) as { document_id: string; title: string; answers: unknown; submitted_at: Date }[];
      const reports = (await db()('consultations_abuse_reports as r')
        .join('consultations_contributions as c', 'c.id', 'r.contribution_id')
        .join('consultations_consultations as k', 'k.id', 'c.consultation_id')
        .where('r.user_id', userId)
        .orderBy('r.id')
        .select('k.document_id', 'k.title', 'r.contribution_id', 'r.reason', 'r.reported_at')) as {
        document_id: string;
        title: string;
        contribution_id: string;
        reason: string | null;
        reported_at: Date;
      }[];
      return {
        comments: contributions
          .filter((c) => c.kind !== 'position_paper')
          .map((c) => ({ ...common(c), kind: c.kind, sectionNumber: c.section_number, parentId: c.parent_id === null ? null : Number(c.parent_id) })),
        positionPapers: contributions
          .filter((c) => c.kind === 'position_paper')
          .map((c) => ({
            ...common(c),
            organisation: c.organisation,
            file:
              c.file_id === null || c.file_url === null
                ? null
                : attachmentOf({ id: c.file_id, name: c.file_name ?? '', url: c.file_url, mime: c.file_mime ?? '', size: c.file_size }),
          })),
        answers: answers.map((a) => ({
          consultation: { documentId: a.document_id, title: a.title },
          answers: typeof a.answers === 'string' ? JSON.parse(a.answers) : a.answers,
          submittedAt: iso(a.submitted_at),
        })),
        abuseReports: reports.map((r) => ({
          consultation: { documentId: r.document_id, title: r.title },
          contributionId: Number(r.contribution_id),
          reason: r.reason,
          reportedAt: iso(r.reported_at),
        })),
      };
    },
    async erase(account, trx) {
      await trx('consultations_contributions').where({ user_id: account.id }).update({ author_name: ERASED_AUTHOR_NAME, author_verified: false });
    },
  });
}
