import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceChangeValue } from '../../quotes/stale/price-change-lines.ts';
import { PriceChangeList } from '../../quotes/stale/price-change-list.tsx';

export interface SubmitModalState {
  /** Refused with `PRICE_CHANGED`: what changed; confirming then accepts the new prices. */
  priceChanges: readonly PriceChangeValue[] | null;
  /** Why the last attempt failed, for people. */
  failure: string | null;
}

interface SubmitQuoteModalProps {
  opened: boolean;
  number: string;
  company: string;
  /** The quote's currency, for the money values of the changes. */
  currency: string;
  state: SubmitModalState;
  submitting: boolean;
  onConfirm: (acceptPriceChanges: boolean) => void;
  onClose: () => void;
}

/** "Submit quote X to company Y?", and after `PRICE_CHANGED` the changes and the new total. */
export function SubmitQuoteModal(props: SubmitQuoteModalProps) {
  const { t } = useTranslation();
  const { priceChanges, failure } = props.state;
  const changed = priceChanges !== null;
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={changed ? t('submission.priceChangedTitle') : t('submission.confirmTitle')}
      data-testid="submit-quote-modal"
    >
      <Stack gap="sm">
        {changed ? (
          <>
            <Text size="sm">{t('submission.priceChangedText')}</Text>
            <PriceChangeList changes={priceChanges} currency={props.currency} />
          </>
        ) : (
          <Text size="sm">
            {t('submission.confirmText', { number: props.number, company: props.company })}
          </Text>
        )}
        {failure && (
          <Alert color="red" role="alert" data-testid="submit-failure">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={props.submitting}>
            {t('submission.cancel')}
          </Button>
          <Button
            onClick={() => props.onConfirm(changed)}
            loading={props.submitting}
            data-testid={changed ? 'submit-accept-prices' : 'submit-confirm'}
          >
            {failure && !changed
              ? t('submission.retry')
              : changed
                ? t('submission.acceptAndSubmit')
                : t('submission.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
