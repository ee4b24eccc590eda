import { csvCell, neutraliseFormulas, toCsv } from '../spreadsheet-csv';

describe('neutraliseFormulas (OWASP CSV injection)', () => {
  it('defuses every formula start at the beginning of a cell, also after leading spaces', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormulas(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormulas('  =1+1')).toBe("'  =1+1");
    expect(neutraliseFormulas('=HYPERLINK("http://evil","клік")')).toBe(`'=HYPERLINK("http://evil","клік")`);
  });

  it('defuses a formula start after a separator a spreadsheet might split on, whatever its locale', () => {
    expect(neutraliseFormulas('Пропозиція;=1+1;')).toBe("Пропозиція;'=1+1;");
    expect(neutraliseFormulas('Текст,+1;-2\t=3')).toBe("Текст,'+1;'-2\t'=3");
    expect(neutraliseFormulas('рядок\n@SUM(A1)')).toBe("рядок\n'@SUM(A1)");
    expect(neutraliseFormulas('a; =1')).toBe("a;' =1");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Пропозиція = добра', 'Розділ 3', '2026-12-04T10:00:00.000Z', 'e-mail', 'Так — ні', '']) {
      expect(neutraliseFormulas(text)).toBe(text);
    }
  });
});

describe('csvCell', () => {
  it('keeps numbers and booleans as values (they cannot be formulas) and writes nothing for null', () => {
    expect(csvCell(-5)).toBe(-5);
    expect(csvCell(true)).toBe(true);
    expect(csvCell(null)).toBeNull();
    expect(csvCell(undefined)).toBeNull();
    expect(csvCell('-5 балів')).toBe("'-5 балів");
  });
});

describe('toCsv (RFC 4180 through csv-stringify)', () => {
  it('quotes every text cell, leaves numbers bare and ends every record with CRLF', () => {
    expect(toCsv([['№', 'Текст'], [1, 'a,b'], [2, null], [3, '']])).toBe('"№","Текст"\r\n1,"a,b"\r\n2,\r\n3,""\r\n');
  });

  it('doubles inner quotes and keeps line breaks inside the quoted cell', () => {
    expect(toCsv([['він сказав "ні"', 'рядок\nдругий']])).toBe('"він сказав ""ні""","рядок\nдругий"\r\n');
  });

  it('round-trips hostile text through a strict RFC 4180 reader, defused', () => {
    const hostile = ['"', '""', ',', '\n', 'a\r\nb', 'a"b,c\nd', ' space ', 'Ї, є, ґ', 'Пропозиція;=1+1;', '=1+1'];
    expect(parseCsv(toCsv([hostile]))).toEqual([hostile.map(neutraliseFormulas)]);
  });

  it('leaves no cell a naive reader splitting on ; , or TAB would run as a formula', () => {
    const csv = toCsv([['Пропозиція;=1+1;', 'x,+cmd', 'y\t-2', ' @A1', '"=1"']]);
    for (const separator of [';', ',', '\t']) {
      for (const line of csv.split(/\r\n|\n|\r/)) {
        for (const cell of line.split(separator)) expect(cell).not.toMatch(/^\s*"?\s*[=+\-@]/);
      }
    }
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});

/** A small strict reader, so the test checks the format itself rather than the writer against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
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
    row.push(field);
    if (text[i] === ',') i += 1;
    else if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}
