import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null | undefined;

/** A byte-order mark tells Excel the file is UTF-8; without it Ukrainian text opens as mojibake. */
export const UTF8_BOM = '\uFEFF';

/*
 * Spreadsheets run a cell that starts with = + - @ TAB or CR as a formula (CSV injection, OWASP), also after leading
 * spaces. Quoting keeps a `;` or `,` inside one cell for a reader that honours quotes, but Excel with a Ukrainian
 * locale splits a comma-separated file on `;` and a quoted cell ends where it sees fit: `Пропозиція;=1+1;` became a
 * live `=1+1`. So a formula start is defused wherever a cell can begin — at the start of the text and after any
 * separator or line break a reader might split on — with the apostrophe Excel and LibreOffice show as plain text.
 */
const FORMULA_START = /(^|[,;\t\r\n|])(\s*)(?=[=+\-@\t\r])/g;

export function neutraliseFormulas(text: string): string {
  return text.replace(FORMULA_START, (_match, separator: string, spaces: string) => `${separator}'${spaces}`);
}

/** One value as a cell: text defused (numbers and booleans cannot be formulas and stay as they are). */
export function csvCell(value: CsvValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? neutraliseFormulas(value) : value;
}

/**
 * RFC 4180 CSV through csv-stringify: comma-separated, CRLF after every record, every text cell quoted (so a
 * separator in a citizen's text stays in its cell), inner quotes doubled, formula starts defused in every cell.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map((row) => row.map(csvCell)),
    { delimiter: ',', record_delimiter: '\r\n', quoted_string: true, cast: { boolean: (v) => String(v) } },
  );
}
