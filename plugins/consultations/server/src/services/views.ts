import type { Core } from '@strapi/strapi';
import { identityService } from '@vzd/identity/server';
import type { CommentView, ConsultationDetail, ListQuery, SectionResponse } from '../../../shared/contracts';
import { canParticipate, PUBLIC_STATUSES, questionnaireOf, type ConsultationStatus } from '../domain';
import { attachmentOf, CONSULTATION, iso, stateOf, type ConsultationRecord } from './consultation-row';
import type { Contribution, ContributionsService } from './contributions';
import { answersScope } from './eligibility';
import type { SectionRow } from './sections';
import { summaryOf } from './summaries';

/** Statuses in the public timeline, by the audit action that leads to them. */
const ACTION_STATUS: Record<string, ConsultationStatus> = {
  'consultation.open': 'open',
  'consultation.close': 'closed',
  'consultation.publish_report': 'report_published',
};

const reply = (c: Contribution) => ({
  id: c.id,
  authorName: c.authorName,
  authorVerified: c.authorVerified,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

/** Public read models of consultations: what the site and the API show. Drafts never appear here. */
const views = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('consultations').service(name);
  const store = () => service('contributions') as ContributionsService;

  const findPublic = async (documentId: string, populate: string[] = ['authority']): Promise<ConsultationRecord | null> =>
    (await strapi.db.query(CONSULTATION).findOne({
      where: { documentId, status: { $in: [...PUBLIC_STATUSES] } },
      populate,
    })) as ConsultationRecord | null;

  /** Dispositions become public with the report; until then officials may still change them. */
  const publicDisposition = (status: ConsultationStatus, c: Contribution) =>
    status === 'report_published' ? { disposition: c.disposition, dispositionReason: c.dispositionReason } : { disposition: null, dispositionReason: null };

  return {
    findPublic,

    async list(query: ListQuery) {
      const where: Record<string, unknown> = { status: query.status ?? { $in: [...PUBLIC_STATUSES] } };
      if (query.authority) where.authority = { slug: query.authority };
      if (query.area) {
        const ids = await strapi.db
          .connection('consultations_consultations')
          .whereRaw('areas::jsonb @> ?::jsonb', [JSON.stringify([query.area])])
          .pluck('id');
        where.id = { $in: ids };
      }
      const [rows, total] = await Promise.all([
        strapi.db.query(CONSULTATION).findMany({
          where,
          populate: ['authority'],
          orderBy: [{ opensAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }) as Promise<ConsultationRecord[]>,
        strapi.db.query(CONSULTATION).count({ where }),
      ]);
      const counts = await store().visibleCommentCounts(rows.map((r) => r.id));
      const now = new Date();
      return {
        data: rows.map((r) => summaryOf(strapi, r, counts.get(r.id) ?? 0, now)),
        meta: { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
      };
    },

    /** One consultation with its sections and per-section comment counts; `record` lets officials see drafts. */
    async detail(documentId: string, record?: ConsultationRecord | null): Promise<ConsultationDetail | null> {
      const row = record ?? (await findPublic(documentId, ['authority', 'attachments']));
      if (!row) return null;
      const now = new Date();
      const [sections, bySection, counts, answers, events] = await Promise.all([
        service('sections').of(row.id) as Promise<SectionRow[]>,
        store().visibleCountsBySection(row.id),
        store().publicCounts(row.id),
        service('answers').count(row.id) as Promise<number>,
        strapi.plugin('core').service('audit').forItem('consultations', documentId, Object.keys(ACTION_STATUS)) as Promise<{ action: string; occurredAt: string }[]>,
      ]);
      const sectionList = sections.map((s) => ({ number: s.number, heading: s.heading, text: s.text, comments: bySection.get(s.id) ?? 0 }));
      const comments = sectionList.reduce((sum, s) => sum + s.comments, 0);
      return {
        ...summaryOf(strapi, row, comments, now),
        explanatoryNote: row.explanatoryNote,
        attachments: (row.attachments ?? []).map(attachmentOf),
        sections: sectionList,
        questionnaire: questionnaireOf(row.questionnaire),
        proposals: counts.proposals,
        positionPapers: counts.positionPapers,
        answers,
        participants: counts.participants,
        canParticipate: canParticipate(stateOf(row), now).ok,
        participationLevel: service('eligibility').levelFor(row.authority),
        timeline: events.map((e) => ({ status: ACTION_STATUS[e.action], at: e.occurredAt })),
      };
    },

    /** One section with its visible comments, each with its visible replies, oldest first. */
    async section(documentId: string, number: number): Promise<SectionResponse['data'] | null> {
      const row = await findPublic(documentId);
      if (!row) return null;
      const section = (await service('sections').byNumber(row.id, number)) as SectionRow | null;
      if (!section) return null;
      const visible = await store().visibleInSection(section.id);
      const status = stateOf(row).status;
      const comments: CommentView[] = visible
        .filter((c) => c.kind === 'comment')
        .map((c) => ({
          ...reply(c),
          kind: 'comment' as const,
          ...publicDisposition(status, c),
          replies: visible.filter((r) => r.kind === 'reply' && r.parentId === c.id).map(reply),
        }));
      return {
        consultation: {
          documentId: row.documentId,
          title: row.title,
          status,
          closesAt: iso(row.closesAt),
          canParticipate: canParticipate(stateOf(row), new Date()).ok,
        },
        section: { number: section.number, heading: section.heading, text: section.text, comments: visible.length },
        comments,
      };
    },

    /** What the signed-in person did here, including what a moderator hid and why. */
    async participation(documentId: string, userId: number) {
      const row = await findPublic(documentId);
      if (!row) return null;
      const status = stateOf(row).status;
      const verdict = canParticipate(stateOf(row), new Date());
      const person = await identityService(strapi, 'assurance').participantOf(userId, answersScope(row.id));
      const [mine, answeredAt] = await Promise.all([store().ofUser(row.id, userId), service('answers').submittedAt(row.id, userId, person.personKey)]);
      return {
        canParticipate: verdict.ok,
        reason: verdict.ok ? null : verdict.code,
        answered: answeredAt !== null,
        answeredAt: iso(answeredAt),
        contributions: mine.map((c) => ({
          id: c.id,
          kind: c.kind,
          sectionNumber: c.sectionNumber,
          parentId: c.parentId,
          body: c.body,
          createdAt: c.createdAt.toISOString(),
          hidden: c.hidden,
          hiddenReason: c.hiddenReason,
          ...publicDisposition(status, c),
        })),
      };
    },
  };
};

export default views;
