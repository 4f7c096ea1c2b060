import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconInfoCircle, IconMail, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { NotFoundPage } from '../app/not-found-page.tsx';
import { useFormatters } from '../format/use-formatters.ts';
import classes from './dev-mail-page.module.css';
import { LinkifiedText } from './linkified-text.tsx';

const DevMailboxQuery = graphql(`
  query DevMailPage_Mailbox {
    devMailbox(first: 50) {
      id
      kind
      to
      subject
      text
      link
      createdAt
    }
  }
`);

/**
 * `/dev/mail`: the mail outbox of the embedded default, where no mail leaves the machine —
 * so a newcomer can open the verification link. Absent when mail goes out over SMTP.
 */
export function DevMailPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, networkStatus, refetch } = useQuery(DevMailboxQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const messages = data?.devMailbox;
  const [openId, setOpenId] = useState<string>();

  if (!loading && !Array.isArray(messages)) return <NotFoundPage />;
  const open = messages?.find((message) => message.id === openId) ?? messages?.[0];

  return (
    <Stack gap="lg" py="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('devMail.title')}</Title>
          <Text c="dimmed">{t('devMail.intro')}</Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={() => retryQuery(refetch)}
          loading={networkStatus === NetworkStatus.refetch}
          data-testid="dev-mail-refresh"
        >
          {t('devMail.refresh')}
        </Button>
      </Group>
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
        {t('devMail.notice')}
      </Alert>
      {!messages ? (
        <Skeleton height={200} aria-busy="true" />
      ) : messages.length === 0 ? (
        <Text c="dimmed" data-testid="dev-mail-empty">
          {t('devMail.empty')}
        </Text>
      ) : (
        <div className={classes.layout}>
          <nav aria-label={t('devMail.listLabel')}>
            <Stack gap={6} component="ul" className={classes.list}>
              {messages.map((message) => (
                <li key={message.id}>
                  <UnstyledButton
                    className={classes.item}
                    data-active={message.id === open?.id || undefined}
                    aria-current={message.id === open?.id || undefined}
                    onClick={() => setOpenId(message.id)}
                    data-testid="dev-mail-item"
                  >
                    <Text size="sm" fw={600} lineClamp={1}>
                      {message.subject}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {message.to}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(message.createdAt)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </nav>
          {open && (
            <Card withBorder padding="lg" component="article" data-testid="dev-mail-message">
              <Stack gap="sm">
                <Group gap="xs">
                  <IconMail size={20} aria-hidden />
                  <Title order={2} size="h4">
                    {open.subject}
                  </Title>
                  <Badge variant="light">{t(`devMail.kinds.${open.kind}`)}</Badge>
                </Group>
                <Text size="sm">
                  {t('devMail.to')}: {open.to}
                </Text>
                <Text size="sm" c="dimmed">
                  {format.dateTime(open.createdAt)}
                </Text>
                <Text
                  component="pre"
                  size="sm"
                  className={classes.body}
                  data-testid="dev-mail-body"
                >
                  <LinkifiedText text={open.text} />
                </Text>
                {open.link && /^https?:\/\//.test(open.link) && (
                  <Group>
                    <Button component="a" href={open.link} data-testid="dev-mail-open-link">
                      {t('devMail.openLink')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          )}
        </div>
      )}
    </Stack>
  );
}
