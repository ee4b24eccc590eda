import { Accordion, Box, Typography } from '@strapi/design-system';
import { useTranslate } from '../i18n';

interface PetitionTextProps {
  text: string;
  answer: string | null;
}

const Paragraphs = ({ children }: { children: string }) => (
  <Box padding={4}>
    <Typography tag="p" variant="omega" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

/** The full petition text (and an answer already given), folded away until asked for. */
export const PetitionText = ({ text, answer }: PetitionTextProps) => {
  const t = useTranslate();
  return (
  <Accordion.Root collapsible>
    <Accordion.Item value="text">
      <Accordion.Header>
        <Accordion.Trigger>{t('petitionText')}</Accordion.Trigger>
      </Accordion.Header>
      <Accordion.Content>
        <Paragraphs>{text}</Paragraphs>
      </Accordion.Content>
    </Accordion.Item>
    {answer ? (
      <Accordion.Item value="answer">
        <Accordion.Header>
          <Accordion.Trigger>{t('existingAnswer')}</Accordion.Trigger>
        </Accordion.Header>
        <Accordion.Content>
          <Paragraphs>{answer}</Paragraphs>
        </Accordion.Content>
      </Accordion.Item>
    ) : null}
  </Accordion.Root>
  );
};
