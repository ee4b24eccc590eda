import * as React from 'react';
import { Alert, Box, Button, Field, Flex, LinkButton, NumberInput, SingleSelect, SingleSelectOption, TextInput, Textarea } from '@strapi/design-system';
import { ArrowLeft, Check } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Link, useNavigate } from 'react-router-dom';
import { describeError, useConsultationsApi, type NewConsultation } from '../api';
import { AttachmentsField, type UploadedAttachment } from '../components/AttachmentsField';
import { QuestionnaireEditor, type QuestionDraft } from '../components/QuestionnaireEditor';
import { SectionsEditor, type SectionDraft } from '../components/SectionsEditor';
import { PERMISSIONS, PLUGIN_ID } from '../constants';
import { lines } from '../format';
import { useLoad } from '../hooks/useLoad';
import { useTranslate } from '../i18n';

interface Draft {
  authority: string;
  title: string;
  summary: string;
  explanatoryNote: string;
  periodWorkingDays?: number;
  targetGroups: string;
  areas: string;
  sections: SectionDraft[];
  questions: QuestionDraft[];
  attachments: UploadedAttachment[];
}

const EMPTY: Draft = {
  authority: '',
  title: '',
  summary: '',
  explanatoryNote: '',
  targetGroups: '',
  areas: '',
  sections: [{ heading: '', text: '' }],
  questions: [],
  attachments: [],
};

/** The request as the server's contract wants it; the server checks every field and names what is wrong. */
function toRequest(d: Draft): NewConsultation {
  return {
    authority: d.authority,
    title: d.title,
    summary: d.summary,
    explanatoryNote: d.explanatoryNote,
    ...(d.periodWorkingDays ? { periodWorkingDays: d.periodWorkingDays } : {}),
    targetGroups: lines(d.targetGroups),
    areas: lines(d.areas),
    sections: d.sections,
    attachments: d.attachments.map((a) => a.id),
    ...(d.questions.length
      ? {
          questionnaire: {
            questions: d.questions.map((q) =>
              q.type === 'single_choice'
                ? { type: 'single_choice' as const, text: q.text, options: lines(q.options), required: q.required }
                : { type: 'free_text' as const, text: q.text, required: q.required },
            ),
          },
        }
      : {}),
  };
}

/** An official prepares a draft; it stays private until opened from its page. */
export const CreatePage = () => (
  <Page.Protect permissions={PERMISSIONS.manage}>
    <CreateForm />
  </Page.Protect>
);

const CreateForm = () => {
  const t = useTranslate();
  const api = useConsultationsApi();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const loadAuthorities = React.useCallback(() => api.authorities(), [api]);
  const authorities = useLoad(loadAuthorities);
  const [draft, setDraft] = React.useState<Draft>(EMPTY);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [message, setMessage] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await api.create(toRequest(draft));
      toggleNotification({ type: 'success', message: t('created') });
      navigate(`/plugins/${PLUGIN_ID}/${created.documentId}`);
    } catch (e) {
      const problem = describeError(e, t);
      setErrors(problem.fields);
      setMessage(problem.message);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'title' | 'summary' | 'explanatoryNote' | 'targetGroups' | 'areas', label: string, multiline = true, required = true) => (
    <Field.Root name={key} required={required} error={errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1]}>
      <Field.Label>{label}</Field.Label>
      {multiline ? (
        <Textarea value={draft[key]} onChange={(e) => set(key, e.target.value)} />
      ) : (
        <TextInput value={draft[key]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(key, e.target.value)} />
      )}
      <Field.Error />
    </Field.Root>
  );

  return (
    <Page.Main>
      <Page.Title>{t('newConsultation')}</Page.Title>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Layouts.Header
          title={t('newConsultation')}
          navigationAction={
            <Flex>
              <LinkButton tag={Link} to={`/plugins/${PLUGIN_ID}`} variant="tertiary" startIcon={<ArrowLeft />}>
                {t('back')}
              </LinkButton>
            </Flex>
          }
          primaryAction={
            <Button type="submit" loading={busy} startIcon={<Check />}>
              {t('create')}
            </Button>
          }
        />
        <Layouts.Content>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <Flex direction="column" alignItems="stretch" gap={6}>
              {message ? (
                <Alert variant="danger" title={t('loadFailed')} closeLabel={t('close')} onClose={() => setMessage(undefined)}>
                  {message}
                </Alert>
              ) : null}
              <Field.Root name="authority" required error={errors.authority}>
                <Field.Label>{t('authority')}</Field.Label>
                <SingleSelect placeholder={t('chooseAuthority')} value={draft.authority} onChange={(value) => set('authority', String(value))}>
                  {(authorities.data ?? []).map((a) => (
                    <SingleSelectOption key={a.slug} value={a.slug}>{t.pick({ uk: a.nameUk, en: a.nameEn })}</SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              {text('title', t('title'), false)}
              {text('summary', t('summary'))}
              {text('explanatoryNote', t('explanatoryNote'))}
              <Field.Root name="periodWorkingDays" error={errors.periodWorkingDays} hint="5–90">
                <Field.Label>{t('period')}</Field.Label>
                <NumberInput value={draft.periodWorkingDays} onValueChange={(value) => set('periodWorkingDays', value ?? undefined)} placeholder="15" />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              {text('targetGroups', t('targetGroups'), true, false)}
              {text('areas', t('areas'), true, false)}
              <AttachmentsField attachments={draft.attachments} error={errors.attachments} onChange={(a) => set('attachments', a)} />
              <SectionsEditor sections={draft.sections} errors={errors} onChange={(s) => set('sections', s)} />
              <QuestionnaireEditor questions={draft.questions} errors={errors} onChange={(q) => set('questions', q)} />
            </Flex>
          </Box>
        </Layouts.Content>
      </form>
    </Page.Main>
  );
};
