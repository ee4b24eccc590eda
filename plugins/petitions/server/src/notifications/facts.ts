import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { isCorrectable, REJECTION_REASON_LABELS, type RejectionReason } from '../domain';

const PETITION = 'plugin::petitions.petition';

/** A petition as its mail needs it; read inside the event's transaction, so it shows the change just made. */
export interface PetitionFacts {
  documentId: string;
  title: string;
  threshold: number;
  authorId: number | null;
  authority: { id: number; slug: string; nameUk: string; nameEn: string; calendar: unknown };
  collectionEndsAt: Date | null;
  answerDueAt: Date | null;
  answer: string | null;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
}

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

export function toFacts(r: Record<string, any>): PetitionFacts {
  return {
    documentId: r.documentId,
    title: r.title,
    threshold: Number(r.threshold),
    authorId: r.author?.id ?? null,
    authority: r.authority,
    collectionEndsAt: date(r.collectionEndsAt),
    answerDueAt: date(r.answerDueAt),
    answer: r.answer ?? null,
    rejectionReason: r.rejectionReason ?? null,
    rejectionNote: r.rejectionNote ?? null,
  };
}

export async function petitionFacts(strapi: Core.Strapi, documentId: string): Promise<PetitionFacts | null> {
  const row = await strapi.db.query(PETITION).findOne({ where: { documentId }, populate: ['authority', 'author'] });
  return row ? toFacts(row as Record<string, any>) : null;
}

const formats = {
  uk: new Intl.DateTimeFormat('uk-UA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Kyiv' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Kyiv' }),
};

/** A due date as people read it, in Kyiv time (deadlines end at the end of a Kyiv day). */
export const dayOf = (d: Date | null) => (d ? { uk: formats.uk.format(d), en: formats.en.format(d) } : { uk: '—', en: '—' });

export function petitionUrls(documentId: string) {
  const base = loadEnv().PUBLIC_URL;
  return { uk: `${base}/uk/petitions/${documentId}/`, en: `${base}/en/petitions/${documentId}/` };
}

/** The values every petition template may use. */
export function templateData(p: PetitionFacts) {
  return {
    title: p.title,
    url: petitionUrls(p.documentId),
    authority: { uk: p.authority.nameUk, en: p.authority.nameEn },
    threshold: p.threshold,
    collectionEnds: dayOf(p.collectionEndsAt),
    answerDue: dayOf(p.answerDueAt),
    answer: p.answer ?? '',
    reason: p.rejectionReason ? REJECTION_REASON_LABELS[p.rejectionReason] : { uk: '—', en: '—' },
    note: p.rejectionNote ?? '',
    // Only where an edit can fix the reason; the sentence links to the page that holds the form.
    correctable: isCorrectable(p.rejectionReason),
    adminUrl: `${loadEnv().PUBLIC_URL}/admin/plugins/petitions/answer`,
  };
}
