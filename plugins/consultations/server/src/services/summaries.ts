import type { Core } from '@strapi/strapi';
import type { ConsultationSummary } from '../../../shared/contracts';
import { reportTimeliness } from '../domain';
import { authorityRef, iso, stateOf, stringList, type ConsultationRecord } from './consultation-row';

/**
 * The summary every list shows (public and officials'), so both read the same dates and overdue flags.
 * Working days left come from the authority's own calendar.
 */
export function summaryOf(strapi: Core.Strapi, row: ConsultationRecord, comments: number, now: Date): ConsultationSummary {
  const state = stateOf(row);
  const open = state.status === 'open' && state.closesAt !== null && state.closesAt.getTime() > now.getTime();
  return {
    documentId: row.documentId,
    title: row.title,
    summary: row.summary,
    status: state.status,
    authority: authorityRef(row.authority),
    areas: stringList(row.areas),
    targetGroups: stringList(row.targetGroups),
    periodWorkingDays: state.periodWorkingDays,
    opensAt: iso(state.opensAt),
    closesAt: iso(state.closesAt),
    closedAt: iso(state.closedAt),
    reportDueAt: iso(state.reportDueAt),
    reportPublishedAt: iso(state.reportPublishedAt),
    ...reportTimeliness(state, now),
    workingDaysLeft: open ? strapi.plugin('core').service('deadlines').workingDaysLeft(row.authority, now, state.closesAt!) : null,
    comments,
    createdAt: iso(row.createdAt)!,
  };
}
