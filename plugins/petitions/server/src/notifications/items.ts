import type { Core } from '@strapi/strapi';
import type { ItemSource, NotifiableItem } from '@vzd/core/server';
import { petitionUrls } from './facts';

const PETITION = 'plugin::petitions.petition';
/** Petitions anyone can see and follow: published, whatever happened to them since. */
const FOLLOWABLE = ['collecting', 'threshold_reached', 'under_consideration', 'answered', 'not_supported'];

type Row = { documentId: string; title: string; authority: { slug: string; nameUk: string; nameEn: string } };

const toItem = (r: Row): NotifiableItem => ({
  module: 'petitions',
  itemId: r.documentId,
  title: r.title,
  url: petitionUrls(r.documentId),
  authority: { slug: r.authority.slug, nameUk: r.authority.nameUk, nameEn: r.authority.nameEn },
  // Petitions carry no topics yet; when they do, followers of a topic find them in the digest.
  topics: [],
});

/** Petitions as the notifications see them: who may follow one, and which are new for the weekly digest. */
export function petitionItems(strapi: Core.Strapi): ItemSource {
  return {
    async describe(itemId) {
      const row = await strapi.db.query(PETITION).findOne({ where: { documentId: itemId, status: { $in: FOLLOWABLE } }, populate: ['authority'] });
      return row ? toItem(row as Row) : null;
    },
    async newSince(since, until) {
      const rows = await strapi.db.query(PETITION).findMany({
        where: { status: { $in: FOLLOWABLE }, collectionStartsAt: { $gte: since, $lt: until } },
        populate: ['authority'],
        orderBy: [{ collectionStartsAt: 'asc' }],
        limit: 500,
      });
      return (rows as Row[]).map(toItem);
    },
  };
}
