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
 * One CSV cell. A cell starting with = + - @ (or a tab/CR) is read as a formula by spreadsheet programs, and
 * labels come from people, so such cells get a leading apostrophe (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The aggregates as CSV, one row per option (choice and ranking), per rating (scale) or per question (free text:
 * the count of published answers; the texts themselves are in the JSON). Lines end with CRLF (RFC 4180).
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
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
