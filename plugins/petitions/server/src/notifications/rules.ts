import type { Core } from '@strapi/strapi';
import type { Notice, NotificationRule, RuleContext } from '@vzd/core/server';
import { petitionFacts, templateData, type PetitionFacts } from './facts';

/**
 * Which petition events notify whom (each read in the event's own transaction):
 * published / rejected → the author; threshold reached → the author and the authority's officials;
 * answered → the author and everyone following the petition.
 */
export function petitionRules(strapi: Core.Strapi): NotificationRule[] {
  const rule = (action: string, notices: (p: PetitionFacts) => Notice[]): NotificationRule => ({
    action,
    async notices({ event }: RuleContext) {
      const petition = await petitionFacts(strapi, event.itemId);
      return petition ? notices(petition) : [];
    },
  });
  const toAuthor = (p: PetitionFacts, template: string): Notice[] =>
    p.authorId ? [{ to: { user: p.authorId }, template, category: 'petitions.own', data: templateData(p) }] : [];

  return [
    rule('petition.publish', (p) => toAuthor(p, 'petitions.published')),
    rule('petition.reject', (p) => toAuthor(p, 'petitions.rejected')),
    rule('petition.reach_threshold', (p) => [
      ...toAuthor(p, 'petitions.threshold-author'),
      { to: { officialsOf: p.authority.id }, template: 'petitions.threshold-official', category: 'petitions.duty', data: templateData(p) },
    ]),
    rule('petition.answer', (p) => [
      ...toAuthor(p, 'petitions.answered'),
      {
        to: { followers: { kind: 'item', module: 'petitions', itemId: p.documentId } },
        template: 'petitions.answered',
        category: 'petitions.follow',
        data: templateData(p),
      },
    ]),
  ];
}
