import { open } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, coreService, invalidField, invalidFields, notFound, committedTransaction } from '@vzd/core/server';
import type { AdmittedParticipant } from '@vzd/identity/server';
import { POSITION_PAPER_MAX_BYTES, type CommentRequest, type PositionPaperFields } from '../../../shared/contracts';
import { canParticipate, checkAnswers, documentFormat, DOCUMENT_MIME, questionnaireOf } from '../domain';
import { CONSULTATION, stateOf, type ConsultationRecord } from './consultation-row';
import type { Contribution, ContributionsService } from './contributions';
import { answersScope } from './eligibility';
import { consultationNotFound, lockConsultation } from './locks';
import { consultationsService } from '../utils/services';

const MODULE = 'consultations';

/** A file as the body parser hands it over (formidable). */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const commentNotFound = () => notFound({ uk: 'Коментар не знайдено', en: 'Comment not found' });
const DUPLICATE = {
  uk: 'Ви вже надіслали цей текст сюди',
  en: 'You have already sent this text here',
};

const created = (c: { id: number; createdAt: Date }, rest: Omit<ContributionView, 'id' | 'createdAt'>): ContributionView => ({
  id: c.id,
  ...rest,
  createdAt: c.createdAt.toISOString(),
});

export interface ContributionView {
  id: number;
  kind: Contribution['kind'];
  sectionNumber: number | null;
  parentId: number | null;
  authorName: string | null;
  authorVerified: boolean;
  body: string;
  createdAt: string;
}

/**
 * Citizens' writes: comments, replies, questionnaire answers, position papers and abuse reports. Each is one
 * plain-table row whose unique index decides "once", stored with its audit event in one transaction, while the
 * consultation is share-locked and checked to be open (a close waits for writes already under way).
 */
const participation = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  const store = () => strapi.plugin('consultations').service('contributions') as ContributionsService;
  const record = (trx: Knex.Transaction, documentId: string, action: string, userId: number, payload: Record<string, unknown>) =>
    core('events').record(trx, { module: MODULE, action, itemId: documentId, actor: `citizen:${userId}`, payload });

  /** A published consultation (drafts do not exist for the public). */
  const findPublished = async (documentId: string): Promise<ConsultationRecord> => {
    const found = (await strapi.db.query(CONSULTATION).findOne({
      where: { documentId, status: { $ne: 'draft' } },
      populate: ['authority'],
    })) as ConsultationRecord | null;
    if (!found) throw consultationNotFound();
    return found;
  };

  const assertOpen = (consultation: ConsultationRecord) => {
    const verdict = canParticipate(stateOf(consultation), new Date());
    if (!verdict.ok) throw conflict(verdict.code, verdict.message);
  };

  /** The consultation and the participant, once this person is known to meet the authority's identity level. */
  const admit = async (
    documentId: string,
    userId: number,
    scopeOf?: (consultationId: number) => string,
  ): Promise<{ consultation: ConsultationRecord; participant: AdmittedParticipant }> => {
    const consultation = await findPublished(documentId);
    const participant = (await strapi
      .plugin('consultations')
      .service('eligibility')
      .admit(userId, consultation.authority, scopeOf?.(consultation.id))) as AdmittedParticipant;
    return { consultation, participant };
  };

  /** Published under the verified name, or without one: a typed name would let anyone write as someone else. */
  const authorOf = (participant: AdmittedParticipant) => ({
    authorName: participant.verifiedName,
    authorVerified: participant.verifiedName !== null,
  });

  /** The write itself, under the shared lock and only while the period runs. */
  const whileOpen = <T>(documentId: string, write: (trx: Knex.Transaction, c: ConsultationRecord) => Promise<T>) =>
    committedTransaction(strapi, async ({ trx }) => {
      const locked = (await lockConsultation(strapi, trx, documentId, 'share'))!;
      assertOpen(locked);
      return write(trx, locked);
    });

  return {
    async comment(documentId: string, sectionNumber: number, userId: number, input: CommentRequest): Promise<ContributionView> {
      const { participant } = await admit(documentId, userId);
      return whileOpen(documentId, async (trx, consultation) => {
        const section = await strapi.plugin('consultations').service('sections').byNumber(consultation.id, sectionNumber, trx);
        if (!section) throw notFound({ uk: 'Розділ не знайдено', en: 'Section not found' });
        const row = await store().insert(trx, {
          consultationId: consultation.id,
          sectionId: section.id,
          parentId: null,
          kind: 'comment',
          userId,
          verifiedName: participant.verifiedName,
          body: input.body,
        });
        if (!row) throw conflict('duplicate_contribution', DUPLICATE);
        await record(trx, documentId, 'comment.add', userId, { contributionId: row.id, sectionNumber });
        return created(row, { kind: 'comment', sectionNumber, parentId: null, ...authorOf(participant), body: input.body });
      });
    },

    /** Threads are one level deep: a reply to a reply joins the thread of the comment it belongs to. */
    async reply(documentId: string, parentId: number, userId: number, input: CommentRequest): Promise<ContributionView> {
      const { participant } = await admit(documentId, userId);
      return whileOpen(documentId, async (trx, consultation) => {
        const parent = await store().find(consultation.id, parentId, trx);
        if (!parent || parent.hidden || parent.kind === 'position_paper') throw commentNotFound();
        const rootId = parent.kind === 'reply' ? parent.parentId! : parent.id;
        const row = await store().insert(trx, {
          consultationId: consultation.id,
          sectionId: parent.sectionId,
          parentId: rootId,
          kind: 'reply',
          userId,
          verifiedName: participant.verifiedName,
          body: input.body,
        });
        if (!row) throw conflict('duplicate_contribution', DUPLICATE);
        await record(trx, documentId, 'comment.reply', userId, { contributionId: row.id, parentId: rootId, sectionNumber: parent.sectionNumber });
        return created(row, { kind: 'reply', sectionNumber: parent.sectionNumber, parentId: rootId, ...authorOf(participant), body: input.body });
      });
    },

    /**
     * One answer set per account and, for a verified person, per person across accounts (also deleted ones): the
     * unique indexes refuse the second.
     */
    async answer(documentId: string, userId: number, raw: unknown): Promise<{ submittedAt: string }> {
      const { consultation, participant } = await admit(documentId, userId, answersScope);
      const questionnaire = questionnaireOf(consultation.questionnaire);
      if (!questionnaire) throw notFound({ uk: 'Ця консультація не має опитувальника', en: 'This consultation has no questionnaire' });
      const checked = checkAnswers(questionnaire, raw);
      if (!checked.ok) throw invalidFields(checked.problems.map((p) => ({ path: ['answers', ...p.path], message: p.message })));
      return whileOpen(documentId, async (trx, locked) => {
        const submittedAt = await strapi
          .plugin('consultations')
          .service('answers')
          .insert(trx, locked.id, { userId, level: participant.level, personKey: participant.personKey }, checked.answers);
        if (!submittedAt) {
          // This account, or the same verified person through another (also a deleted) account.
          throw conflict('already_answered', { uk: 'Ви вже відповіли на цей опитувальник', en: 'You have already answered this questionnaire' });
        }
        await record(trx, documentId, 'answers.add', userId, {});
        return { submittedAt: new Date(submittedAt).toISOString() };
      });
    },

    /**
     * A position paper: a summary plus the document (PDF or DOCX, checked by its bytes), within the per-person and
     * per-consultation limits and while the disk has room. The file goes through Strapi's upload provider (local
     * disk or object storage) under a neutral name — a file name often carries the sender's name — first (storage
     * is not transactional), and is removed again if the contribution is refused.
     */
    async positionPaper(documentId: string, userId: number, fields: PositionPaperFields, file: UploadedFile | undefined): Promise<ContributionView> {
      const { consultation, participant } = await admit(documentId, userId);
      assertOpen(consultation);
      const format = await checkDocument(file);
      const quota = consultationsService(strapi, 'paperQuota');
      await quota.assertFits(consultation.id, userId, file!.size);
      await coreService(strapi, 'uploads').assertRoomFor(file!.size, file!.filepath);
      const name = `position-paper.${format}`;
      const [stored] = (await strapi
        .plugin('upload')
        .service('upload')
        .upload({ data: { fileInfo: { name } }, files: { ...file!, originalFilename: name, mimetype: DOCUMENT_MIME[format] } })) as {
        id: number;
      }[];
      try {
        return await whileOpen(documentId, async (trx, locked) => {
          await quota.lockAndAssertFits(trx, locked.id, userId, file!.size);
          const row = await store().insert(trx, {
            consultationId: locked.id,
            sectionId: null,
            parentId: null,
            kind: 'position_paper',
            userId,
            verifiedName: participant.verifiedName,
            organisation: fields.organisation,
            body: fields.body,
            fileId: stored.id,
          });
          if (!row) throw conflict('duplicate_contribution', DUPLICATE);
          await record(trx, documentId, 'position_paper.add', userId, { contributionId: row.id });
          return created(row, { kind: 'position_paper', sectionNumber: null, parentId: null, ...authorOf(participant), body: fields.body });
        });
      } catch (error) {
        await strapi.plugin('upload').service('upload').remove(stored);
        throw error;
      }
    },

    /** Any signed-in person may flag abuse once per contribution; moderators see the flag and decide. */
    async reportAbuse(documentId: string, contributionId: number, userId: number, reason: string | undefined) {
      const consultation = await findPublished(documentId);
      return committedTransaction(strapi, async ({ trx }) => {
        const contribution = await store().find(consultation.id, contributionId, trx);
        if (!contribution || contribution.hidden) throw commentNotFound();
        const reportedAt = await store().report(trx, contributionId, userId, reason?.trim() || null);
        if (!reportedAt) throw conflict('already_reported', { uk: 'Ви вже поскаржилися на цей коментар', en: 'You have already reported this comment' });
        await record(trx, documentId, 'contribution.report', userId, { contributionId });
        return { commentId: contributionId, reportedAt: new Date(reportedAt).toISOString() };
      });
    },
  };
};

async function checkDocument(file: UploadedFile | undefined) {
  if (!file || Array.isArray(file) || !file.filepath) {
    throw invalidField('files', { uk: 'Додайте файл позиційного документа', en: 'Attach the position paper file' });
  }
  if (file.size > POSITION_PAPER_MAX_BYTES) {
    throw invalidField('files', { uk: 'Файл більший за 10 МБ', en: 'The file is larger than 10 MB' });
  }
  const handle = await open(file.filepath, 'r');
  const head = new Uint8Array(8);
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  const format = documentFormat(head, file.originalFilename ?? '');
  if (!format) throw invalidField('files', { uk: 'Додайте документ у форматі PDF або DOCX', en: 'Attach a PDF or DOCX document' });
  return format;
}

export default participation;
