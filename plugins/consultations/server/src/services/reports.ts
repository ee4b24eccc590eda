import type { Core } from '@strapi/strapi';
import type { ConsultationReport } from '../../../shared/contracts';
import { toCsv, UTF8_BOM } from '@vzd/core/csv';
import { questionnaireOf, reportCsvRows, reportTimeliness, reportTotals, tally, type AnswerSet, type ReportProposal } from '../domain';
import { attachmentOf, authorityRef, CONSULTATION, iso, stateOf, type ConsultationRecord } from './consultation-row';
import type { Contribution, ContributionsService } from './contributions';

/** The consultation report: every proposal with its disposition and reason, the questionnaire in figures. */
const reports = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('consultations').service(name);
  const store = () => service('contributions') as ContributionsService;

  const fileUrls = async (list: Contribution[]): Promise<Map<number, string>> => {
    const ids = list.map((c) => c.fileId).filter((id): id is number => id !== null);
    if (ids.length === 0) return new Map();
    const files = (await strapi.db.connection('files').whereIn('id', ids).select('id', 'name', 'url', 'mime', 'size')) as Parameters<
      typeof attachmentOf
    >[0][];
    return new Map(files.map((f) => [f.id, attachmentOf(f).url]));
  };

  const toReportProposal = (c: Contribution, urls: Map<number, string>): ReportProposal => ({
    id: c.id,
    kind: c.kind === 'position_paper' ? 'position_paper' : 'comment',
    sectionNumber: c.sectionNumber,
    sectionHeading: c.sectionHeading,
    authorName: c.authorName,
    authorVerified: c.authorVerified,
    organisation: c.organisation,
    createdAt: c.createdAt,
    text: c.hidden ? null : c.body,
    fileUrl: c.hidden || c.fileId === null ? null : (urls.get(c.fileId) ?? null),
    hidden: c.hidden,
    hiddenReason: c.hidden ? c.hiddenReason : null,
    disposition: c.hidden ? null : c.disposition,
    dispositionReason: c.hidden ? null : c.dispositionReason,
    disposedAt: c.hidden ? null : c.disposedAt,
  });

  const proposalsOf = async (row: ConsultationRecord) => {
    const list = await store().proposals(row.id);
    const urls = await fileUrls(list);
    return list.map((c) => toReportProposal(c, urls));
  };

  /** Only a published report exists for the public; before that there is nothing to show. */
  const findReported = async (documentId: string) =>
    (await strapi.db.query(CONSULTATION).findOne({
      where: { documentId, status: 'report_published' },
      populate: ['authority'],
    })) as ConsultationRecord | null;

  return {
    async report(documentId: string): Promise<ConsultationReport | null> {
      const row = await findReported(documentId);
      if (!row) return null;
      const state = stateOf(row);
      const [proposals, counts, answerSets] = await Promise.all([
        proposalsOf(row),
        store().publicCounts(row.id),
        service('answers').all(row.id) as Promise<AnswerSet[]>,
      ]);
      const questionnaire = questionnaireOf(row.questionnaire);
      return {
        consultation: {
          documentId: row.documentId,
          title: row.title,
          authority: authorityRef(row.authority),
          opensAt: iso(state.opensAt),
          closesAt: iso(state.closesAt),
          closedAt: iso(state.closedAt),
          reportDueAt: iso(state.reportDueAt),
          reportPublishedAt: iso(state.reportPublishedAt),
          reportOnTime: reportTimeliness(state, new Date()).reportOnTime,
        },
        summary: state.reportSummary ?? '',
        totals: { ...reportTotals(proposals), replies: counts.replies, participants: counts.participants, answers: answerSets.length },
        proposals: proposals.map((p) => ({
          ...p,
          createdAt: p.createdAt.toISOString(),
          disposedAt: iso(p.disposedAt),
        })),
        questionnaire: questionnaire ? tally(questionnaire, answerSets) : [],
      };
    },

    /** Proposals and dispositions as RFC 4180 CSV with a BOM (core's spreadsheet-safe writer), for spreadsheets and open data. */
    async csv(documentId: string): Promise<{ fileName: string; body: string } | null> {
      const row = await findReported(documentId);
      if (!row) return null;
      return { fileName: `consultation-${row.documentId}-report.csv`, body: UTF8_BOM + toCsv(reportCsvRows(await proposalsOf(row))) };
    },
  };
};

export default reports;
