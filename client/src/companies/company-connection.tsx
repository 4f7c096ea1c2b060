import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { accountFailure } from '../account/account-failure.ts';
import { useFailureTranslator } from '../account/use-failure-translator.ts';

// Both answer with the customer's companies, so the header switcher follows at once.
const ConnectMutation = graphql(`
  mutation CompanyConnection_Connect($companyId: ID!) {
    connectCompany(companyId: $companyId) {
      customer {
        ...CustomerCompanies
      }
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

const DisconnectMutation = graphql(`
  mutation CompanyConnection_Disconnect($companyId: ID!) {
    disconnectCompany(companyId: $companyId) {
      customer {
        ...CustomerCompanies
      }
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

interface CompanyConnectionProps {
  companyId: string;
  companyName: string;
  connected: boolean;
}

/** On a company card of a signed-in customer: the button that connects or disconnects. */
export function CompanyConnection({ companyId, companyName, connected }: CompanyConnectionProps) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [connect, connecting] = useMutation(ConnectMutation);
  const [disconnect, disconnecting] = useMutation(DisconnectMutation);
  const [failure, setFailure] = useState<string>();

  const toggle = async () => {
    setFailure(undefined);
    const variables = { companyId };
    const result = connected
      ? await disconnect({ variables }).then((r) => ({
          error: r.error,
          answer: r.data?.disconnectCompany.error,
        }))
      : await connect({ variables }).then((r) => ({
          error: r.error,
          answer: r.data?.connectCompany.error,
        }));
    const problem = accountFailure(result.answer, result.error);
    if (problem) setFailure(translate(problem.code, { seconds: problem.retryAfterSeconds }));
  };

  return (
    <>
      <Button
        variant={connected ? 'subtle' : 'light'}
        color={connected ? 'gray' : undefined}
        loading={connecting.loading || disconnecting.loading}
        onClick={() => void toggle()}
        leftSection={
          connected ? (
            <IconPlugConnectedX size={16} aria-hidden />
          ) : (
            <IconPlugConnected size={16} aria-hidden />
          )
        }
        aria-label={
          connected
            ? t('companyConnection.disconnectFrom', { name: companyName })
            : t('companyConnection.connectTo', { name: companyName })
        }
        data-testid={connected ? 'company-disconnect' : 'company-connect'}
      >
        {connected ? t('companyConnection.disconnect') : t('companyConnection.connect')}
      </Button>
      {failure && (
        <Text size="xs" c="red" role="alert">
          {failure}
        </Text>
      )}
    </>
  );
}
