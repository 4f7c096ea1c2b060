import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DeleteQuotesModalProps {
  /** The numbers of the drafts to delete; the modal is open while there are some. */
  numbers: string[] | null;
  deleting: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting: a deleted draft is gone for the customer. */
export function DeleteQuotesModal({
  numbers,
  deleting,
  onConfirm,
  onClose,
}: DeleteQuotesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={numbers !== null}
      onClose={onClose}
      title={t('quotes.list.confirmTitle')}
      data-testid="delete-quotes-modal"
    >
      <Text size="sm">
        {t('quotes.list.confirmText', {
          count: numbers?.length ?? 0,
          numbers: numbers?.join(', ') ?? '',
        })}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose} disabled={deleting}>
          {t('quotes.list.cancel')}
        </Button>
        <Button
          color="red"
          onClick={onConfirm}
          loading={deleting}
          data-testid="delete-quotes-confirm"
        >
          {t('quotes.list.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
