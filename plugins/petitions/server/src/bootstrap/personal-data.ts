import type { Core } from '@strapi/strapi';

const PETITION = 'plugin::petitions.petition';

type AuthoredRow = {
  documentId: string;
  title: string;
  text: string;
  authorName: string;
  status: string;
  createdAt: Date | string;
  authority: { slug: string } | null;
};

/**
 * What e-petitions hold about a citizen, for their data download: the petitions they filed and the ones they
 * signed. Deleting the account needs nothing here: signatures keep counting with user_id NULL and authored
 * petitions keep their published author name (database rules), so no `erase`.
 */
export function registerPersonalData(strapi: Core.Strapi): void {
  strapi.plugin('identity').service('personalData').register('petitions', {
    async export(userId: number) {
      const authored = (await strapi.db.query(PETITION).findMany({
        where: { author: { id: userId } },
        populate: ['authority'],
        orderBy: [{ createdAt: 'asc' }],
      })) as AuthoredRow[];
      const signed = (await strapi.db
        .connection('petitions_signatures as s')
        .join('petitions_petitions as p', 'p.id', 's.petition_id')
        .where('s.user_id', userId)
        .orderBy('s.signed_at', 'asc')
        .select('p.document_id', 'p.title', 's.signed_at')) as { document_id: string; title: string; signed_at: Date }[];
      return {
        authored: authored.map((p) => ({
          documentId: p.documentId,
          title: p.title,
          text: p.text,
          authorName: p.authorName,
          authority: p.authority?.slug ?? null,
          status: p.status,
          createdAt: new Date(p.createdAt).toISOString(),
        })),
        signatures: signed.map((s) => ({ documentId: s.document_id, title: s.title, signedAt: new Date(s.signed_at).toISOString() })),
      };
    },
  });
}
