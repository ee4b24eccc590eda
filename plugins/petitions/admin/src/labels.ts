export {
  REJECTION_REASONS,
  REJECTION_REASON_LABELS,
  STATUS_LABELS,
  type PetitionStatus,
  type RejectionReason,
} from '../../server/src/domain/statuses';
