import { toCsv } from '@vzd/core/csv';
import type { PollResults } from './results';

export const CSV_COLUMNS = [
  'question',
  'type',
  'question_text',
  'respondents',
  'item',
  'item_label',
  'count',
  'percent',
  'borda_points',
  'average_rank',
  'place',
  'mean',
] as const;

/**
 * The aggregates as CSV, one row per option (choice and ranking), per rating (scale) or per question (free text:
 * the count of published answers; the texts themselves are in the JSON), written by the core's spreadsheet-safe CSV writer.
 */
export function resultsCsv(results: PollResults): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const q of results.questions) {
    const head = [q.id, q.type, q.text, q.respondents];
    switch (q.type) {
      case 'single':
      case 'multiple':
        for (const o of q.options) rows.push([...head, o.id, o.label, o.count, o.percent, null, null, null, null]);
        break;
      case 'ranking':
        for (const o of q.options) rows.push([...head, o.id, o.label, o.firstPlaces, null, o.points, o.averageRank, o.place, null]);
        break;
      case 'scale':
        for (const d of q.distribution) rows.push([...head, String(d.value), null, d.count, d.percent, null, null, null, q.mean]);
        break;
      case 'text':
        rows.push([...head, 'published', null, q.published.length, null, null, null, null, null]);
        break;
    }
  }
  return toCsv(rows);
}
