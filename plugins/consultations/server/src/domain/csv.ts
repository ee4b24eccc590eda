/**
 * RFC 4180 CSV, written by hand because it is twenty lines and no CSV library is installed. Fields are quoted
 * only when they must be (a comma, a double quote, CR or LF); quotes inside are doubled; records end in CRLF.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Spreadsheets run a cell that starts with =, +, -, @, TAB or CR as a formula (CSV injection, OWASP). The
 * CSV carries citizens' text to officials' spreadsheets, so such a cell gets a leading apostrophe — the usual
 * defence, which Excel and LibreOffice show as plain text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** A byte-order mark tells Excel the file is UTF-8; without it Ukrainian text opens as mojibake. */
export const UTF8_BOM = '\uFEFF';
