import type { Core } from '@strapi/strapi';
import { answerReminders } from './answer-reminders';
import { petitionItems } from './items';
import { petitionRules } from './rules';
import { PETITION_CATEGORIES, PETITION_TEMPLATES } from './templates';

/** Tells the core notifications about petitions: templates, rules, followable items, the reminder job. */
export function registerPetitionNotifications(strapi: Core.Strapi): void {
  const notifications = strapi.plugin('core').service('notifications');
  notifications.registerTemplates(PETITION_TEMPLATES);
  notifications.registerCategories(PETITION_CATEGORIES);
  notifications.registerRules('petitions', petitionRules(strapi));
  notifications.registerItems('petitions', petitionItems(strapi));
  notifications.registerJob(answerReminders(strapi));
}
