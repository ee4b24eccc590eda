import * as React from 'react';
import { Button, Dialog, Flex, Typography, type ButtonProps } from '@strapi/design-system';
import { useTranslate } from '../i18n';

interface ConfirmActionProps {
  label: string;
  title: string;
  description: string;
  /** The item's title, repeated so the official sees what they confirm. */
  subject: string;
  icon?: React.ReactNode;
  variant?: ButtonProps['variant'];
  /** Resolves to true when the dialog may close. */
  onConfirm: () => Promise<boolean>;
}

/** A button that asks for confirmation in a dialog and stays open while the request runs. */
export const ConfirmAction = ({ label, title, description, subject, icon, variant, onConfirm }: ConfirmActionProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      if (await onConfirm()) setOpen(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <Dialog.Trigger>
        <Button variant={variant} startIcon={icon}>
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{title}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography fontWeight="bold">{subject}</Typography>
            <Dialog.Description>{description}</Dialog.Description>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={busy}>
              {t('cancel')}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant={variant} loading={busy} onClick={() => void confirm()}>
            {label}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
