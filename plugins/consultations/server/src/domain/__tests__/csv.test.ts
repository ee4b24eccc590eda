import { csvField, neutraliseFormula, toCsv } from '../csv';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text and numbers unquoted', () => {
    expect(csvField('Розділ 3')).toBe('Розділ 3');
    expect(csvField(42)).toBe('42');
    expect(csvField(true)).toBe('true');
  });

  it('writes null and undefined as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with a comma, a quote, CR or LF and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('він сказав "ні"')).toBe('"він сказав ""ні"""');
    expect(csvField('рядок\nдругий')).toBe('"рядок\nдругий"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","клік")')).toBe(`"'=HYPERLINK(""http://evil"",""клік"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula('Пропозиція = добра')).toBe('Пропозиція = добра');
  });
});

describe('toCsv', () => {
  it('joins fields with commas and ends every record with CRLF', () => {
    expect(toCsv([['№', 'Текст'], [1, 'a,b'], [2, null]])).toBe('№,Текст\r\n1,"a,b"\r\n2,\r\n');
  });

  it('round-trips hostile text through a strict RFC 4180 reader', () => {
    const hostile = ['"', '""', ',', '\n', 'a\r\nb', 'a"b,c\nd', ' space ', 'Ї, є, ґ'];
    const csv = toCsv([hostile]);
    expect(parseCsv(csv)).toEqual([hostile]);
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});

/** A small strict reader, so the test checks the format itself rather than our own writer against itself. */
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
        } else {
          field += text[i];
          i += 1;
        }
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
