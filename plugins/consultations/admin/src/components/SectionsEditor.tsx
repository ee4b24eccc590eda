import { Box, Button, Field, Flex, IconButton, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useTranslate } from '../i18n';

export interface SectionDraft {
  heading: string;
  text: string;
}

interface SectionsEditorProps {
  sections: SectionDraft[];
  errors: Record<string, string>;
  onChange: (sections: SectionDraft[]) => void;
}

/** The draft act split into numbered sections; people comment on each one separately. */
export const SectionsEditor = ({ sections, errors, onChange }: SectionsEditorProps) => {
  const t = useTranslate();
  const update = (i: number, change: Partial<SectionDraft>) => onChange(sections.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {t('sections')}
      </Typography>
      {errors.sections ? <Typography textColor="danger600">{errors.sections}</Typography> : null}
      {sections.map((s, i) => (
        <Box key={i} padding={4} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Flex justifyContent="space-between">
              <Typography fontWeight="bold">{t('section', { number: i + 1 })}</Typography>
              <IconButton label={t('removeSection')} onClick={() => onChange(sections.filter((_, j) => j !== i))} disabled={sections.length === 1}>
                <Trash />
              </IconButton>
            </Flex>
            <Field.Root name={`sections.${i}.heading`} required error={errors[`sections.${i}.heading`]}>
              <Field.Label>{t('sectionHeading')}</Field.Label>
              <TextInput value={s.heading} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(i, { heading: e.target.value })} />
              <Field.Error />
            </Field.Root>
            <Field.Root name={`sections.${i}.text`} required error={errors[`sections.${i}.text`]}>
              <Field.Label>{t('sectionText')}</Field.Label>
              <Textarea value={s.text} onChange={(e) => update(i, { text: e.target.value })} style={{ minHeight: '8rem' }} />
              <Field.Error />
            </Field.Root>
          </Flex>
        </Box>
      ))}
      <Flex>
        <Button variant="secondary" startIcon={<Plus />} onClick={() => onChange([...sections, { heading: '', text: '' }])}>
          {t('addSection')}
        </Button>
      </Flex>
    </Flex>
  );
};
