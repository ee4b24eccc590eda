import * as React from 'react';
import { Button, Field, Flex, Typography } from '@strapi/design-system';
import { Paperclip, Trash } from '@strapi/icons';
import { describeError, useConsultationsApi } from '../api';
import { useTranslate } from '../i18n';

export interface UploadedAttachment {
  id: number;
  name: string;
}

interface AttachmentsFieldProps {
  attachments: UploadedAttachment[];
  error?: string;
  onChange: (attachments: UploadedAttachment[]) => void;
}

/** The original act as PDF or DOCX, uploaded to the media library at once and attached by id. */
export const AttachmentsField = ({ attachments, error, onChange }: AttachmentsFieldProps) => {
  const t = useTranslate();
  const api = useConsultationsApi();
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string>();
  const input = React.useRef<HTMLInputElement>(null);

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const added: UploadedAttachment[] = [];
      for (const file of Array.from(files)) {
        const stored = await api.upload(file);
        added.push({ id: stored.id, name: stored.name });
      }
      onChange([...attachments, ...added]);
    } catch (e) {
      setProblem(describeError(e, t).message);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Field.Root name="attachments" error={error ?? problem}>
      <Field.Label>{t('attachments')}</Field.Label>
      <Flex direction="column" alignItems="stretch" gap={2}>
        {attachments.map((a) => (
          <Flex key={a.id} gap={2} alignItems="center">
            <Typography>{a.name}</Typography>
            <Button variant="tertiary" size="S" startIcon={<Trash />} onClick={() => onChange(attachments.filter((x) => x.id !== a.id))}>
              {t('remove')}
            </Button>
          </Flex>
        ))}
        <Flex gap={2} alignItems="center">
          <input
            ref={input}
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            multiple
            hidden
            onChange={(e) => void upload(e.target.files)}
          />
          <Button variant="secondary" startIcon={<Paperclip />} loading={busy} onClick={() => input.current?.click()}>
            {busy ? t('uploading') : t('attachments')}
          </Button>
        </Flex>
      </Flex>
      <Field.Error />
    </Field.Root>
  );
};
