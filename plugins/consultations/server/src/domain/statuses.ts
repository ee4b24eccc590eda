import type { Bilingual } from './bilingual';

/**
 * The lifecycle of a public consultation on a draft act: the authority prepares it, opens it for a period of
 * working days, the period ends, and the authority publishes a report with a disposition for every proposal.
 */
export const CONSULTATION_STATUSES = ['draft', 'open', 'closed', 'report_published'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Drafts stay with the officials; everything after publication is public. */
export const PUBLIC_STATUSES = ['open', 'closed', 'report_published'] as const satisfies readonly ConsultationStatus[];

export const STATUS_LABELS: Record<ConsultationStatus, Bilingual> = {
  draft: { uk: 'Чернетка', en: 'Draft' },
  open: { uk: 'Триває обговорення', en: 'Open for comments' },
  closed: { uk: 'Обговорення завершено, готується звіт', en: 'Closed, report in preparation' },
  report_published: { uk: 'Звіт оприлюднено', en: 'Report published' },
};

/** What the authority decided about a proposal; the report shows it with a reason. */
export const DISPOSITIONS = ['accepted', 'partly_accepted', 'rejected'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const DISPOSITION_LABELS: Record<Disposition, Bilingual> = {
  accepted: { uk: 'Враховано', en: 'Accepted' },
  partly_accepted: { uk: 'Враховано частково', en: 'Partly accepted' },
  rejected: { uk: 'Не враховано', en: 'Rejected' },
};

/**
 * What participants write. A comment on a section and a position paper are proposals (each needs a
 * disposition); a reply is discussion under a comment and does not.
 */
export const CONTRIBUTION_KINDS = ['comment', 'reply', 'position_paper'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const PROPOSAL_KINDS = ['comment', 'position_paper'] as const satisfies readonly ContributionKind[];

export function isConsultationStatus(value: unknown): value is ConsultationStatus {
  return typeof value === 'string' && (CONSULTATION_STATUSES as readonly string[]).includes(value);
}

export function isPublicStatus(value: unknown): value is (typeof PUBLIC_STATUSES)[number] {
  return typeof value === 'string' && (PUBLIC_STATUSES as readonly string[]).includes(value);
}

export function isDisposition(value: unknown): value is Disposition {
  return typeof value === 'string' && (DISPOSITIONS as readonly string[]).includes(value);
}

export function isProposalKind(kind: ContributionKind): boolean {
  return (PROPOSAL_KINDS as readonly string[]).includes(kind);
}
