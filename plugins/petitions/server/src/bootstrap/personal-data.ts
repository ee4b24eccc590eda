import type { Core } from '@strapi/strapi';
import { coreService, ERASED_AUTHOR_NAME } from '@vzd/core/server';

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
 * What e-petitions hold about a citizen: the petitions they filed and the ones they signed. On deletion signatures
 * keep counting with user_id NULL (a database rule) and authored petitions stay public — the text is the public
 * record — but under a neutral author name instead of the person's (the author link goes with the account).
 */
export function registerPersonalData(strapi: Core.Strapi): void {
  coreService(strapi, 'personalData').register('petitions', {
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
    async erase(account, trx) {
      // Every version of the document (draft and published rows) is linked to its author.
      await trx('petitions_petitions')
        .whereIn('id', trx('petitions_petitions_author_lnk').where({ user_id: account.id }).select('petition_id'))
        .update({ author_name: ERASED_AUTHOR_NAME, author_verified: false });
    },
  });
}
