import { DISPOSITION_LABELS, type Disposition } from './statuses';

/** One proposal as the report shows it: a hidden one keeps its place and reason but loses its text. */
export interface ReportProposal {
  id: number;
  kind: 'comment' | 'position_paper';
  sectionNumber: number | null;
  sectionHeading: string | null;
  /** The verified name, or null for an author whose identity was not verified. */
  authorName: string | null;
  authorVerified: boolean;
  organisation: string | null;
  createdAt: Date;
  text: string | null;
  fileUrl: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  disposition: Disposition | null;
  dispositionReason: string | null;
  disposedAt: Date | null;
}

export interface ReportTotals {
  proposals: number;
  accepted: number;
  partlyAccepted: number;
  rejected: number;
  hidden: number;
}

export function reportTotals(proposals: ReportProposal[]): ReportTotals {
  const count = (d: Disposition) => proposals.filter((p) => !p.hidden && p.disposition === d).length;
  return {
    proposals: proposals.length,
    accepted: count('accepted'),
    partlyAccepted: count('partly_accepted'),
    rejected: count('rejected'),
    hidden: proposals.filter((p) => p.hidden).length,
  };
}

const KIND_LABELS = { comment: 'Коментар / Comment', position_paper: 'Позиційний документ / Position paper' } as const;
/** An author whose identity was not verified has no published name. */
const UNVERIFIED_AUTHOR = 'Учасник без підтвердженої особи / Participant with an unverified identity';

export const REPORT_CSV_HEADER = [
  '№ / No',
  'Вид / Kind',
  'Розділ / Section',
  'Назва розділу / Section heading',
  'Автор / Author',
  'Організація / Organisation',
  'Подано / Submitted',
  'Пропозиція / Proposal',
  'Файл / File',
  'Рішення / Disposition',
  'Код рішення / Disposition code',
  'Обґрунтування / Reason',
  'Дата рішення / Decided',
];

/** The rows of the proposals-and-dispositions CSV, header first; dates in ISO 8601 (UTC) for machines. */
export function reportCsvRows(proposals: ReportProposal[]): string[][] {
  const iso = (d: Date | null) => (d ? d.toISOString() : '');
  return [
    REPORT_CSV_HEADER,
    ...proposals.map((p) => [
      String(p.id),
      KIND_LABELS[p.kind],
      p.sectionNumber === null ? '' : String(p.sectionNumber),
      p.sectionHeading ?? '',
      p.authorName ?? UNVERIFIED_AUTHOR,
      p.organisation ?? '',
      iso(p.createdAt),
      p.hidden ? '' : (p.text ?? ''),
      p.hidden ? '' : (p.fileUrl ?? ''),
      p.hidden ? 'Приховано модератором / Hidden by a moderator' : p.disposition ? `${DISPOSITION_LABELS[p.disposition].uk} / ${DISPOSITION_LABELS[p.disposition].en}` : '',
      p.hidden ? 'hidden' : (p.disposition ?? ''),
      p.hidden ? (p.hiddenReason ?? '') : (p.dispositionReason ?? ''),
      iso(p.disposedAt),
    ]),
  ];
}
