export {
  DISPOSITIONS,
  DISPOSITION_LABELS,
  STATUS_LABELS,
  type ConsultationStatus,
  type ContributionKind,
  type Disposition,
} from '../../server/src/domain/statuses';
