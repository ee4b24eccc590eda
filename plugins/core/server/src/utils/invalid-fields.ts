import { errors } from '@strapi/utils';
import { bilingual, type Bilingual } from '../../../shared/http-errors';

/**
 * 400 with several field messages at once, for rules only the domain can check (e.g. every answer of a poll
 * response against its question): the form shows each message next to its field, in the shape `parseOrThrow` uses.
 */
export const invalidFields = (problems: { path: (string | number)[]; message: Bilingual }[]): Error =>
  new errors.ValidationError(bilingual({ uk: 'Дані не пройшли перевірку', en: 'The request is not valid' }), {
    errors: problems.map((p) => ({ path: p.path, message: p.message.uk, messageEn: p.message.en })),
  });
