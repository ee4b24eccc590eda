import { documentFormat } from '../document-format';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('documentFormat', () => {
  it('recognises a PDF and a DOCX by their first bytes and extension', () => {
    expect(documentFormat(bytes('%PDF-1.7\n'), 'Позиція ГО.pdf')).toBe('pdf');
    expect(documentFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'position.DOCX')).toBe('docx');
  });

  it('refuses a file whose content does not match its name', () => {
    expect(documentFormat(bytes('<html><script>'), 'paper.pdf')).toBeNull();
    expect(documentFormat(bytes('%PDF-1.7'), 'paper.docx')).toBeNull();
    expect(documentFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'archive.zip')).toBeNull();
    expect(documentFormat(new Uint8Array([]), 'empty.pdf')).toBeNull();
  });
});
