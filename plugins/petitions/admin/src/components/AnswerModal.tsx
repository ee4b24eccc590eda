import { characterCount } from '@vzd/core/admin-ui';
import * as React from 'react';
import { Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import { ANSWER_MAX_LENGTH, ANSWER_MIN_LENGTH } from '../../../server/src/domain/state-machine';
import type { ActionOutcome } from '../hooks/usePetitionAction';
import { useTranslate, type MessageKey } from '../i18n';

interface AnswerModalProps {
  petitionTitle: string;
  onAnswer: (text: string) => Promise<ActionOutcome>;
}

function validate(text: string): [MessageKey, Record<string, number>] | undefined {
  const count = characterCount(text);
  if (count < ANSWER_MIN_LENGTH) return ['tooShort', { min: ANSWER_MIN_LENGTH }];
  if (count > ANSWER_MAX_LENGTH) return ['tooLong', { max: ANSWER_MAX_LENGTH }];
  return undefined;
}

/** The official answer, published on the petition; the draft survives a failed request. */
export const AnswerModal = ({ petitionTitle, onAnswer }: AnswerModalProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = validate(text);
    const found = problem && t(...problem);
    setError(found);
    if (found) return;
    setBusy(true);
    const outcome = await onAnswer(text.trim());
    setBusy(false);
    if (outcome.ok) {
      setOpen(false);
      setText('');
    } else {
      setError(outcome.problem.fields.text);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <Modal.Trigger>
        <Button startIcon={<Pencil />}>{t('answer')}</Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header closeLabel={t('close')}>
          <Modal.Title>{t('answerTitle')}</Modal.Title>
        </Modal.Header>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography fontWeight="bold">{petitionTitle}</Typography>
              <Field.Root
                name="text"
                required
                error={error}
                hint={`${t('tooShort', { min: ANSWER_MIN_LENGTH })} — ${t('characters', { count: characterCount(text), max: ANSWER_MAX_LENGTH })}`}
              >
                <Field.Label>{t('answerLabel')}</Field.Label>
                <Textarea
                  value={text}
                  onChange={(event) => {
                    setText(event.target.value);
                    if (error) setError(undefined);
                  }}
                  style={{ minHeight: '24rem' }}
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
            <Button type="submit" loading={busy}>
              {t('answerSubmit')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
