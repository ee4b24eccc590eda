import { REPORT_CSV_HEADER, reportCsvRows, reportTotals, type ReportProposal } from '../report';
import { at } from '../../../../../core/server/src/domain/calendar/__tests__/fake-deadlines';

const base: ReportProposal = {
  id: 1,
  kind: 'comment',
  sectionNumber: 3,
  sectionHeading: 'Порядок надання',
  authorName: 'Олена К.',
  authorVerified: true,
  organisation: null,
  createdAt: at('2025-03-04T10:00:00.000Z'),
  text: 'Додати строк, у який орган відповідає.',
  fileUrl: null,
  hidden: false,
  hiddenReason: null,
  disposition: 'accepted',
  dispositionReason: 'Норму доповнено.',
  disposedAt: at('2025-03-26T10:00:00.000Z'),
};

const proposals: ReportProposal[] = [
  base,
  { ...base, id: 2, disposition: 'partly_accepted' },
  { ...base, id: 3, disposition: 'rejected', dispositionReason: 'Суперечить закону.' },
  {
    ...base,
    id: 4,
    kind: 'position_paper',
    sectionNumber: null,
    sectionHeading: null,
    organisation: 'ГО «Світло»',
    fileUrl: '/uploads/paper.pdf',
    disposition: 'rejected',
  },
  { ...base, id: 5, hidden: true, hiddenReason: 'Образливі висловлювання', disposition: null, dispositionReason: null, disposedAt: null },
];

describe('reportTotals', () => {
  it('counts proposals by disposition and hidden ones apart', () => {
    expect(reportTotals(proposals)).toEqual({ proposals: 5, accepted: 1, partlyAccepted: 1, rejected: 2, hidden: 1 });
    expect(reportTotals([])).toEqual({ proposals: 0, accepted: 0, partlyAccepted: 0, rejected: 0, hidden: 0 });
  });
});

describe('reportCsvRows', () => {
  const rows = reportCsvRows(proposals);

  it('starts with a bilingual header and has one row per proposal, all the same width', () => {
    expect(rows[0]).toEqual(REPORT_CSV_HEADER);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row).toHaveLength(REPORT_CSV_HEADER.length);
  });

  it('writes the proposal, its section and its disposition with the reason', () => {
    expect(rows[1]).toEqual([
      '1',
      'Коментар / Comment',
      '3',
      'Порядок надання',
      'Олена К.',
      '',
      '2025-03-04T10:00:00.000Z',
      'Додати строк, у який орган відповідає.',
      '',
      'Враховано / Accepted',
      'accepted',
      'Норму доповнено.',
      '2025-03-26T10:00:00.000Z',
    ]);
    expect(rows[2][10]).toBe('partly_accepted');
    expect(rows[4]).toEqual(expect.arrayContaining(['Позиційний документ / Position paper', 'ГО «Світло»', '/uploads/paper.pdf']));
  });

  it('keeps a hidden proposal in the list without its text, showing the moderator\'s reason', () => {
    expect(rows[5][7]).toBe('');
    expect(rows[5][9]).toBe('Приховано модератором / Hidden by a moderator');
    expect(rows[5][10]).toBe('hidden');
    expect(rows[5][11]).toBe('Образливі висловлювання');
  });
});
