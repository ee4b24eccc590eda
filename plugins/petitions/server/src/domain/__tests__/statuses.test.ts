import {
  FINAL_STATUSES,
  isFinalStatus,
  isPetitionStatus,
  isRejectionReason,
  isSigningStatus,
  PETITION_STATUSES,
  REJECTION_REASON_LABELS,
  REJECTION_REASONS,
  SIGNING_STATUSES,
  STATUS_LABELS,
} from '../statuses';

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

describe('statuses and reasons', () => {
  it.each(PETITION_STATUSES)('labels the %s status in Ukrainian and English', (status) => {
    expect(STATUS_LABELS[status].uk).toMatch(CYRILLIC);
    expect(STATUS_LABELS[status].en).toMatch(/^[A-Z][A-Za-z ]+$/);
  });

  it.each(REJECTION_REASONS)('labels the %s rejection reason in Ukrainian and English', (reason) => {
    expect(REJECTION_REASON_LABELS[reason].uk).toMatch(CYRILLIC);
    expect(REJECTION_REASON_LABELS[reason].en).not.toMatch(CYRILLIC);
  });

  it('gives every status a distinct label, so the public list can be filtered by it', () => {
    const labels = Object.values(STATUS_LABELS);
    expect(new Set(labels.map((l) => l.uk)).size).toBe(PETITION_STATUSES.length);
    expect(new Set(labels.map((l) => l.en)).size).toBe(PETITION_STATUSES.length);
  });

  it('labels nothing that is not a status or a reason', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...PETITION_STATUSES].sort());
    expect(Object.keys(REJECTION_REASON_LABELS).sort()).toEqual([...REJECTION_REASONS].sort());
  });

  it('recognises only known statuses and reasons from untrusted input', () => {
    expect(isPetitionStatus('collecting')).toBe(true);
    expect(isPetitionStatus('archived')).toBe(false);
    expect(isPetitionStatus(undefined)).toBe(false);
    expect(isRejectionReason('duplicate')).toBe(true);
    expect(isRejectionReason('toString')).toBe(false);
    expect(isRejectionReason(1)).toBe(false);
  });

  it('opens signing only while collecting and after the threshold is reached', () => {
    expect(PETITION_STATUSES.filter(isSigningStatus)).toEqual(['collecting', 'threshold_reached']);
    expect(SIGNING_STATUSES).toEqual(['collecting', 'threshold_reached']);
  });

  it('treats answered, not supported and rejected as final', () => {
    expect(PETITION_STATUSES.filter(isFinalStatus)).toEqual([...FINAL_STATUSES]);
    expect(FINAL_STATUSES).toEqual(['answered', 'not_supported', 'rejected']);
  });
});
