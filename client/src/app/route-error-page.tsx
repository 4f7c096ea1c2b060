import { Button, EmptyState, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { requestIdOf } from '../apollo/request-id.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { RequestIdNote } from './request-id-note.tsx';

/**
 * What a user sees when a page fails to render: a friendly message, never a stack trace, and
 * the request id when the failure came from the API, so support can find it in the logs.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  useEffect(() => {
    // For developers; the user sees only the message below.
    console.warn('The page failed to render', error);
  }, [error]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <EmptyState mt="xl" role="alert" icon={<IconAlertTriangle size={40} aria-hidden />}>
      <EmptyState.Title order={1}>{t('errorPage.title')}</EmptyState.Title>
      <EmptyState.Description>{t('errorPage.text')}</EmptyState.Description>
      <RequestIdNote requestId={requestIdOf(error)} />
      <EmptyState.Actions>
        <Group justify="center">
          <Button onClick={() => window.location.reload()}>{t('errorPage.reload')}</Button>
          {/* A full load, so a broken client state does not follow the user home. */}
          <Button variant="default" component="a" href="/">
            {t('errorPage.home')}
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
