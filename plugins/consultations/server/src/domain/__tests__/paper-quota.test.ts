import { checkPaperQuota, type PaperLimits } from '../paper-quota';

const MB = 1024 * 1024;
const limits: PaperLimits = { perPerson: 3, bytesPerPerson: 20 * MB, perConsultation: 300, bytesPerConsultation: 2000 * MB };
const none = { count: 0, bytes: 0 };

describe('position paper quotas', () => {
  it('lets a first paper through', () => {
    expect(checkPaperQuota(limits, none, none, 9.5 * MB)).toEqual({ ok: true });
  });

  it('refuses the third 9.5 MB paper of one person on bytes (413), before any count limit', () => {
    const verdict = checkPaperQuota(limits, { count: 2, bytes: 19 * MB }, { count: 2, bytes: 19 * MB }, 9.5 * MB);
    expect(verdict).toMatchObject({ ok: false, status: 413, code: 'position_paper_bytes_per_person' });
    if (!verdict.ok) expect(verdict.message).toEqual({ uk: expect.stringContaining('20 МБ'), en: expect.stringContaining('20 MB') });
  });

  it('refuses a person’s paper past the count with 429, however small', () => {
    expect(checkPaperQuota(limits, { count: 3, bytes: 3000 }, { count: 3, bytes: 3000 }, 100)).toMatchObject({
      ok: false,
      status: 429,
      code: 'position_paper_count_per_person',
    });
  });

  it('accepts a paper that lands exactly on a limit', () => {
    expect(checkPaperQuota(limits, { count: 2, bytes: 10 * MB }, none, 10 * MB)).toEqual({ ok: true });
  });

  it('refuses past the consultation’s count (429) and bytes (413) whatever the person sent', () => {
    expect(checkPaperQuota(limits, none, { count: 300, bytes: 0 }, 100)).toMatchObject({ status: 429, code: 'position_paper_count_per_consultation' });
    expect(checkPaperQuota(limits, none, { count: 10, bytes: 1999.5 * MB }, MB)).toMatchObject({
      status: 413,
      code: 'position_paper_bytes_per_consultation',
    });
  });
});
