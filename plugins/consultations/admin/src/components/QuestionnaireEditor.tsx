import { Box, Button, Checkbox, Field, Flex, IconButton, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useTranslate } from '../i18n';

export interface QuestionDraft {
  type: 'single_choice' | 'free_text';
  text: string;
  /** One option per line, for single-choice questions. */
  options: string;
  required: boolean;
}

interface QuestionnaireEditorProps {
  questions: QuestionDraft[];
  errors: Record<string, string>;
  onChange: (questions: QuestionDraft[]) => void;
}

/** An optional questionnaire: single-choice and free-text questions, in order. */
export const QuestionnaireEditor = ({ questions, errors, onChange }: QuestionnaireEditorProps) => {
  const t = useTranslate();
  const update = (i: number, change: Partial<QuestionDraft>) => onChange(questions.map((q, j) => (j === i ? { ...q, ...change } : q)));
  const add = (type: QuestionDraft['type']) => onChange([...questions, { type, text: '', options: '', required: false }]);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {t('questionnaire')}
      </Typography>
      {questions.map((q, i) => {
        const at = `questionnaire.questions.${i}`;
        return (
          <Box key={i} padding={4} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Flex justifyContent="space-between">
                <Typography fontWeight="bold">{t('questionHeading', { number: i + 1, type: t(q.type === 'single_choice' ? 'addChoice' : 'addFreeText') })}</Typography>
                <IconButton label={t('removeQuestion')} onClick={() => onChange(questions.filter((_, j) => j !== i))}>
                  <Trash />
                </IconButton>
              </Flex>
              <Field.Root name={`${at}.text`} required error={errors[`${at}.text`]}>
                <Field.Label>{t('question')}</Field.Label>
                <TextInput value={q.text} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(i, { text: e.target.value })} />
                <Field.Error />
              </Field.Root>
              {q.type === 'single_choice' ? (
                <Field.Root name={`${at}.options`} required error={errors[`${at}.options`]}>
                  <Field.Label>{t('options')}</Field.Label>
                  <Textarea value={q.options} onChange={(e) => update(i, { options: e.target.value })} />
                  <Field.Error />
                </Field.Root>
              ) : null}
              <Checkbox checked={q.required} onCheckedChange={(checked) => update(i, { required: checked === true })}>
                {t('requiredQuestion')}
              </Checkbox>
            </Flex>
          </Box>
        );
      })}
      <Flex gap={2}>
        <Button variant="secondary" startIcon={<Plus />} onClick={() => add('single_choice')}>
          {t('addChoice')}
        </Button>
        <Button variant="secondary" startIcon={<Plus />} onClick={() => add('free_text')}>
          {t('addFreeText')}
        </Button>
      </Flex>
    </Flex>
  );
};
