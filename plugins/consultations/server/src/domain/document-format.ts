/**
 * What a submitted document really is, read from its first bytes: a position paper must be a PDF or a DOCX,
 * and the name or the browser's declared type alone would let anything through under a .pdf name.
 */
export type DocumentFormat = 'pdf' | 'docx';

export const DOCUMENT_MIME: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

export function documentFormat(head: Uint8Array, fileName: string): DocumentFormat | null {
  const name = fileName.toLowerCase();
  // %PDF-
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d]) && name.endsWith('.pdf')) return 'pdf';
  // A DOCX is a ZIP container (PK\x03\x04); the extension tells it from other ZIP files.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) && name.endsWith('.docx')) return 'docx';
  return null;
}
