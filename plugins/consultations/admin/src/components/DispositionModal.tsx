import { characterCount } from '@vzd/core/admin-ui';
import * as React from 'react';
import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import type { ActionOutcome } from '../hooks/useAction';
import { useTranslate } from '../i18n';
import { DISPOSITIONS, DISPOSITION_LABELS, type Disposition } from '../labels';

interface DispositionModalProps {
  proposal: string;
  current: { disposition: Disposition | null; reason: string | null };
  onSave: (body: { disposition: Disposition; reason: string }) => Promise<ActionOutcome>;
}

type Errors = Partial<Record<'disposition' | 'reason', string>>;

/** The authority's decision on one proposal, with the reason the report will publish. */
export const DispositionModal = ({ proposal, current, onSave }: DispositionModalProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  const [disposition, setDisposition] = React.useState<Disposition | ''>('');
  const [reason, setReason] = React.useState('');
  const [errors, setErrors] = React.useState<Errors>({});
  const [busy, setBusy] = React.useState(false);

  const onOpenChange = (next: boolean) => {
    if (busy) return;
    if (next) {
      setDisposition(current.disposition ?? '');
      setReason(current.reason ?? '');
      setErrors({});
    }
    setOpen(next);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!disposition) found.disposition = t('dispositionRequired');
    if (characterCount(reason) < 5) found.reason = t('reasonRequired');
    setErrors(found);
    if (!disposition || Object.keys(found).length) return;
    setBusy(true);
    const outcome = await onSave({ disposition, reason: reason.trim() });
    setBusy(false);
    if (outcome.ok) setOpen(false);
    else setErrors({ disposition: outcome.problem.fields.disposition, reason: outcome.problem.fields.reason });
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Trigger>
        <Button variant={current.disposition ? 'tertiary' : 'default'} startIcon={<Pencil />}>
          {current.disposition ? t('changeDisposition') : t('recordDisposition')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header closeLabel={t('close')}>
          <Modal.Title>{t('recordDisposition')}</Modal.Title>
        </Modal.Header>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>{proposal}</Typography>
              <Field.Root name="disposition" required error={errors.disposition}>
                <Field.Label>{t('disposition')}</Field.Label>
                <SingleSelect placeholder={t('disposition')} value={disposition} onChange={(value) => setDisposition(value as Disposition)}>
                  {DISPOSITIONS.map((value) => (
                    <SingleSelectOption key={value} value={value}>
                      {t.pick(DISPOSITION_LABELS[value])}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              <Field.Root name="reason" required error={errors.reason}>
                <Field.Label>{t('dispositionReason')}</Field.Label>
                <Textarea value={reason} onChange={(event) => setReason(event.target.value)} style={{ minHeight: '10rem' }} />
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
            <Button type="submit" loading={busy}>
              {t('save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
