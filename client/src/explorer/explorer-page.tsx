import {
  Alert,
  Button,
  Divider,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import {
  type CredentialKind,
  createExplorerFetcher,
  normalizeCredential,
} from './explorer-fetcher.ts';
import { signInAdmin } from './explorer-sign-in.ts';

const SIGN_IN_FAILURES = new Set(['INVALID_CREDENTIALS', 'LOCKED_OUT', 'RATE_LIMITED']);

const DEFAULT_QUERY = `query Companies {
  companies {
    id
    name
    slug
  }
}
`;

/**
 * The GraphQL explorer (GraphiQL, bundled: nothing loads from the internet). It asks for a
 * partner API key or an admin access token, kept in memory only, and sends it with every
 * request; who may introspect and run what is the gateway's decision.
 */
export function ExplorerPage() {
  const { t } = useTranslation();
  const [credential, setCredential] = useState<{ value: string; kind: CredentialKind } | null>(
    null,
  );
  const [input, setInput] = useState('');
  const [error, setError] = useState(false);
  const [admin, setAdmin] = useState({ email: '', password: '' });
  const [signInFailure, setSignInFailure] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const fetcher = useMemo(
    () => (credential ? createExplorerFetcher(credential.value) : null),
    [credential],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const normalized = normalizeCredential(input);
    setError(!normalized);
    if (normalized) {
      setCredential(normalized);
      setInput('');
    }
  }

  async function submitSignIn(event: FormEvent) {
    event.preventDefault();
    setSigningIn(true);
    try {
      const outcome = await signInAdmin(admin.email, admin.password);
      if ('token' in outcome) {
        setSignInFailure(null);
        setAdmin({ email: '', password: '' });
        setCredential({ value: outcome.token, kind: 'token' });
      } else {
        setSignInFailure(outcome.failure);
      }
    } catch {
      setSignInFailure('INTERNAL');
    } finally {
      setSigningIn(false);
    }
  }

  if (!credential || !fetcher) {
    return (
      <Stack maw={560} mx="auto" p="xl" gap="md">
        <Group justify="space-between">
          <Title order={1} size="h2">
            {t('explorer.title')}
          </Title>
          <LanguageSwitch />
        </Group>
        <Text>{t('explorer.intro')}</Text>
        <Paper withBorder p="md" component="form" onSubmit={submit}>
          <Stack gap="sm">
            <PasswordInput
              label={t('explorer.credential')}
              description={t('explorer.credentialHint')}
              value={input}
              onChange={(event) => setInput(event.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            {error ? (
              <Alert color="red" role="alert">
                {t('explorer.required')}
              </Alert>
            ) : null}
            <Button type="submit">{t('explorer.open')}</Button>
          </Stack>
        </Paper>
        <Divider label={t('explorer.or')} />
        <Paper withBorder p="md" component="form" onSubmit={submitSignIn}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('explorer.adminSignIn')}
            </Title>
            <TextInput
              label={t('explorer.email')}
              type="email"
              autoComplete="username"
              value={admin.email}
              onChange={(event) => setAdmin({ ...admin, email: event.currentTarget.value })}
            />
            <PasswordInput
              label={t('explorer.password')}
              autoComplete="current-password"
              value={admin.password}
              onChange={(event) => setAdmin({ ...admin, password: event.currentTarget.value })}
            />
            {signInFailure ? (
              <Alert color="red" role="alert">
                {SIGN_IN_FAILURES.has(signInFailure)
                  ? t(`explorer.signInFailed.${signInFailure as 'INVALID_CREDENTIALS'}`)
                  : t('explorer.signInFailed.other', { code: signInFailure })}
              </Alert>
            ) : null}
            <Button type="submit" variant="light" loading={signingIn}>
              {t('explorer.signIn')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
    );
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <Group justify="space-between" px="md" py={6} style={{ borderBottom: '1px solid #ddd' }}>
        <Text fw={600}>{t('explorer.title')}</Text>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('explorer.signedInAs', { kind: t(`explorer.kinds.${credential.kind}`) })}
          </Text>
          <Button size="xs" variant="default" onClick={() => setCredential(null)}>
            {t('explorer.change')}
          </Button>
          <LanguageSwitch />
        </Group>
      </Group>
      <div style={{ flex: 1, minHeight: 0 }}>
        {/* Remounted per credential: the schema is introspected again as the new caller. */}
        <GraphiQL
          key={credential.value}
          fetcher={fetcher}
          defaultQuery={`# ${t('explorer.queryHint')}\n${DEFAULT_QUERY}`}
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}
