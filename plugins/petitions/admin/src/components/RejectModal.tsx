import * as React from 'react';
import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { REJECTION_NOTE_MAX_LENGTH } from '../../../server/src/domain/state-machine';
import type { RejectBody } from '../api';
import { characterCount } from '../format';
import type { ActionOutcome } from '../hooks/usePetitionAction';
import { useTranslate, type Translate } from '../i18n';
import { REJECTION_REASONS, REJECTION_REASON_LABELS, type RejectionReason } from '../labels';

interface RejectModalProps {
  petitionTitle: string;
  onReject: (body: RejectBody) => Promise<ActionOutcome>;
}

type Errors = Partial<Record<'reason' | 'note', string>>;

function validate(t: Translate, reason: RejectionReason | '', note: string): Errors {
  const errors: Errors = {};
  if (!reason) errors.reason = t('rejectReasonRequired');
  if (reason === 'other' && characterCount(note) === 0) errors.note = t('rejectNoteRequired');
  if (characterCount(note) > REJECTION_NOTE_MAX_LENGTH) errors.note = t('tooLong', { max: REJECTION_NOTE_MAX_LENGTH });
  return errors;
}

/** Rejection at moderation: a reason from the law's list and, for "other", a note to the author. */
export const RejectModal = ({ petitionTitle, onReject }: RejectModalProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState<RejectionReason | ''>('');
  const [note, setNote] = React.useState('');
  const [errors, setErrors] = React.useState<Errors>({});
  const [busy, setBusy] = React.useState(false);

  const onOpenChange = (next: boolean) => {
    if (busy) return;
    if (next) {
      setReason('');
      setNote('');
      setErrors({});
    }
    setOpen(next);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(t, reason, note);
    setErrors(found);
    if (!reason || Object.keys(found).length > 0) return;
    setBusy(true);
    const trimmed = note.trim();
    const outcome = await onReject(trimmed ? { reason, note: trimmed } : { reason });
    setBusy(false);
    if (outcome.ok) setOpen(false);
    else setErrors({ reason: outcome.problem.fields.reason, note: outcome.problem.fields.note });
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
