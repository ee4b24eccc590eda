import { characterCount } from '@vzd/core/admin-ui';
import * as React from 'react';
import { Button, Field, Flex, Modal, Textarea, Typography, type ButtonProps } from '@strapi/design-system';
import type { ActionOutcome } from '../hooks/useAction';
import { useTranslate } from '../i18n';

interface TextModalProps {
  trigger: string;
  title: string;
  subject: string;
  label: string;
  field: string;
  minLength: number;
  maxLength: number;
  submitLabel: string;
  variant?: ButtonProps['variant'];
  icon?: React.ReactNode;
  disabled?: boolean;
  onSubmit: (text: string) => Promise<ActionOutcome>;
}

/** One text the official must write before acting (a reason to hide, a report summary); kept if the request fails. */
export const TextModal = (props: TextModalProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const count = characterCount(text);
    const found =
      count < props.minLength
        ? t('tooShort', { min: props.minLength })
        : count > props.maxLength
          ? t('tooLong', { max: props.maxLength })
          : undefined;
    setError(found);
    if (found) return;
    setBusy(true);
    const outcome = await props.onSubmit(text.trim());
    setBusy(false);
    if (outcome.ok) {
      setOpen(false);
      setText('');
    } else setError(outcome.problem.fields[props.field]);
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <Modal.Trigger>
        <Button variant={props.variant} startIcon={props.icon} disabled={props.disabled}>
          {props.trigger}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header closeLabel={t('close')}>
          <Modal.Title>{props.title}</Modal.Title>
        </Modal.Header>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography fontWeight="bold">{props.subject}</Typography>
              <Field.Root name={props.field} required error={error} hint={t('tooShort', { min: props.minLength })}>
                <Field.Label>{props.label}</Field.Label>
                <Textarea
                  value={text}
                  onChange={(event) => {
                    setText(event.target.value);
                    if (error) setError(undefined);
                  }}
                  style={{ minHeight: '12rem' }}
                />
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
            <Button type="submit" loading={busy} variant={props.variant}>
              {props.submitLabel}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
