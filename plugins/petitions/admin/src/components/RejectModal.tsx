import { characterCount } from '@vzd/core/admin-ui';
import * as React from 'react';
import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { REJECTION_NOTE_MAX_LENGTH } from '../../../server/src/domain/state-machine';
import type { OfficialPetition, RejectBody } from '../api';
import type { ActionOutcome } from '../hooks/usePetitionAction';
import { useTranslate, type Translate } from '../i18n';
import { REJECTION_REASONS, REJECTION_REASON_LABELS, type RejectionReason } from '../labels';

interface RejectModalProps {
  petitionId: string;
  petitionTitle: string;
  /** The official's petitions, from which a duplicate's original is picked. */
  loadCandidates: () => Promise<OfficialPetition[]>;
  onReject: (body: RejectBody) => Promise<ActionOutcome>;
}

type Errors = Partial<Record<'reason' | 'note' | 'duplicateOf', string>>;

/** A duplicate links to its original on the public page, so only a published petition can be one. */
const PUBLISHED = ['collecting', 'threshold_reached', 'under_consideration', 'answered', 'not_supported'];

function validate(t: Translate, reason: RejectionReason | '', note: string, duplicateOf: string): Errors {
  const errors: Errors = {};
  if (!reason) errors.reason = t('rejectReasonRequired');
  if (reason === 'duplicate' && !duplicateOf) errors.duplicateOf = t('rejectOriginalRequired');
  if (reason === 'other' && characterCount(note) === 0) errors.note = t('rejectNoteRequired');
  if (characterCount(note) > REJECTION_NOTE_MAX_LENGTH) errors.note = t('tooLong', { max: REJECTION_NOTE_MAX_LENGTH });
  return errors;
}

/** Rejection at moderation: a reason from the law's list, the original of a duplicate and, for "other", a note. */
export const RejectModal = ({ petitionId, petitionTitle, loadCandidates, onReject }: RejectModalProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState<RejectionReason | ''>('');
  const [note, setNote] = React.useState('');
  const [duplicateOf, setDuplicateOf] = React.useState('');
  const [candidates, setCandidates] = React.useState<OfficialPetition[] | null>(null);

  React.useEffect(() => {
    if (reason !== 'duplicate' || candidates !== null) return;
    loadCandidates()
      .then((all) => setCandidates(all.filter((p) => p.documentId !== petitionId && PUBLISHED.includes(p.status))))
      .catch(() => setCandidates([]));
  }, [reason, candidates, loadCandidates, petitionId]);
  const [errors, setErrors] = React.useState<Errors>({});
  const [busy, setBusy] = React.useState(false);

  const onOpenChange = (next: boolean) => {
    if (busy) return;
    if (next) {
      setReason('');
      setNote('');
      setDuplicateOf('');
      setErrors({});
    }
    setOpen(next);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(t, reason, note, duplicateOf);
    setErrors(found);
    if (!reason || Object.keys(found).length > 0) return;
    setBusy(true);
    const trimmed = note.trim();
    const body: RejectBody = { reason, ...(trimmed ? { note: trimmed } : {}), ...(reason === 'duplicate' ? { duplicateOf } : {}) };
    const outcome = await onReject(body);
    setBusy(false);
    if (outcome.ok) setOpen(false);
    else {
      const { fields } = outcome.problem;
      setErrors({ reason: fields.reason, note: fields.note, duplicateOf: fields.duplicateOf });
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Trigger>
        <Button variant="danger-light" startIcon={<Cross />}>
          {t('reject')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header closeLabel={t('close')}>
          <Modal.Title>{t('rejectTitle')}</Modal.Title>
        </Modal.Header>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography fontWeight="bold">{petitionTitle}</Typography>
              <Field.Root name="reason" required error={errors.reason}>
                <Field.Label>{t('rejectReason')}</Field.Label>
                <SingleSelect
                  placeholder={t('rejectReasonPlaceholder')}
                  value={reason}
                  onChange={(value) => setReason(value as RejectionReason)}
                >
                  {REJECTION_REASONS.map((value) => (
                    <SingleSelectOption key={value} value={value}>
                      {t.pick(REJECTION_REASON_LABELS[value])}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              {reason === 'duplicate' && (
                <Field.Root name="duplicateOf" required error={errors.duplicateOf} hint={t('rejectOriginalHint')}>
                  <Field.Label>{t('rejectOriginal')}</Field.Label>
                  <SingleSelect
                    placeholder={t('rejectOriginalPlaceholder')}
                    value={duplicateOf}
                    disabled={candidates === null}
                    onChange={(value) => setDuplicateOf(String(value))}
                  >
                    {(candidates ?? []).map((p) => (
                      <SingleSelectOption key={p.documentId} value={p.documentId}>
                        {p.title}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              )}
              <Field.Root
                name="note"
                required={reason === 'other'}
                error={errors.note}
                hint={`${t('rejectNoteHint')} — ${t('characters', { count: characterCount(note), max: REJECTION_NOTE_MAX_LENGTH })}`}
              >
                <Field.Label>{t('rejectNote')}</Field.Label>
                <Textarea value={note} onChange={(event) => setNote(event.target.value)} />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary" disabled={busy}>
                {t('cancel')}
              </Button>
            </Modal.Close>
            <Button type="submit" variant="danger" loading={busy}>
              {t('reject')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
