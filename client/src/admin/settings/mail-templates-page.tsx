import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDeviceFloppy, IconEye, IconRestore } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, MailTemplateKind } from '../../__generated__/graphql.ts';
import { useFormatters } from '../../format/use-formatters.ts';
import { useCanChange } from '../admin-context.tsx';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { ActionFeedback, PanelLoadError, PanelLoading } from '../panel-ui.tsx';
import {
  AdminMailTemplatesQuery,
  PreviewMailTemplateQuery,
  ResetMailTemplateMutation,
  UpdateMailTemplateMutation,
} from './template-operations.ts';

const KINDS = ['VERIFICATION', 'PASSWORD_RESET', 'ORDER_READY'] as const;
const LOCALES = ['HU', 'EN'] as const;
const TEMPLATE_ERRORS = [
  'EMPTY_TEMPLATE',
  'UNKNOWN_PLACEHOLDER',
  'MALFORMED_PLACEHOLDER',
  'MISSING_LINK',
  'TEMPLATE_TOO_LONG',
] as const;
type TemplateErrorCode = (typeof TEMPLATE_ERRORS)[number];

/** Placeholder texts shown literally in the messages (not i18next variables). */
const LITERALS = { placeholder: '{{name}}', name: '{{name}}', link: '{{link}}' };

interface TemplateState {
  kind: MailTemplateKind;
  locale: Locale;
  subject: string;
  body: string;
  customized: boolean;
  placeholders: string[];
  updatedAt?: string | null;
}

/** The editor of one template in one language: edit, preview with sample data, save, reset. */
function TemplateEditor({ template }: { template: TemplateState }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const canChange = useCanChange();
  const client = useApolloClient();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string | null; text: string } | null>(null);
  const [preview, setPreview] = useState<{ subject: string; html: string } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Templates have no id to normalise by: the list is read again after a change.
  const [save, saving] = useMutation(UpdateMailTemplateMutation, {
    refetchQueries: ['AdminMailTemplates'],
  });
  const [reset, resetting] = useMutation(ResetMailTemplateMutation, {
    refetchQueries: ['AdminMailTemplates'],
  });

  // Another language or template, or saved / reset: show what the server has.
  useEffect(() => {
    setSubject(template.subject);
    setBody(template.body);
    setPreview(null);
    setFieldError(null);
  }, [template.subject, template.body]);

  const errorText = (code: string | undefined) =>
    TEMPLATE_ERRORS.includes(code as TemplateErrorCode)
      ? t(`adminPanel.settings.errors.${code as TemplateErrorCode}`, LITERALS)
      : t('adminPanel.actionFailed');
  const input = { kind: template.kind, locale: template.locale, subject, body };

  async function runPreview() {
    setPreviewing(true);
    setFeedback(null);
    try {
      const r = await client.query({
        query: PreviewMailTemplateQuery,
        variables: { input },
        fetchPolicy: 'network-only',
      });
      const p = r.data?.admin?.previewMailTemplate;
      if (p?.error) {
        setPreview(null);
        setFieldError({ field: p.error.field ?? null, text: errorText(p.error.code) });
      } else if (p?.subject != null && p.html != null) {
        setFieldError(null);
        setPreview({ subject: p.subject, html: p.html });
      }
    } catch {
      setFeedback({ ok: false, text: t('adminPanel.actionFailed') });
    } finally {
      setPreviewing(false);
    }
  }

  async function runSave() {
    setFeedback(null);
    try {
      const r = (await save({ variables: { input } })).data?.updateMailTemplate;
      if (r?.error) setFieldError({ field: r.error.field ?? null, text: errorText(r.error.code) });
      else {
        setFieldError(null);
        setFeedback({ ok: true, text: t('adminPanel.settings.saved') });
      }
    } catch {
      setFeedback({ ok: false, text: t('adminPanel.actionFailed') });
    }
  }

  async function runReset() {
    setFeedback(null);
    try {
      const r = await reset({ variables: { kind: template.kind, locale: template.locale } });
      if (r.data?.resetMailTemplate.template) {
        setFeedback({ ok: true, text: t('adminPanel.settings.resetDone') });
      }
    } catch {
      setFeedback({ ok: false, text: t('adminPanel.actionFailed') });
    }
  }

  /** Puts `{{name}}` where the cursor is in the body (or at its end). */
  function insert(name: string) {
    const el = bodyRef.current;
    const token = `{{${name}}}`;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  return (
    <Stack gap="sm" data-testid="template-editor">
      <Group gap="xs">
        <Badge color={template.customized ? 'grape' : 'gray'} variant="light">
          {template.customized
            ? t('adminPanel.settings.customized')
            : t('adminPanel.settings.builtIn')}
        </Badge>
        {template.updatedAt && (
          <Text size="xs" c="dimmed">
            {f.dateTime(template.updatedAt)}
          </Text>
        )}
      </Group>
      <TextInput
        label={t('adminPanel.settings.subject')}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
        readOnly={!canChange}
        maxLength={200}
        error={fieldError?.field === 'subject' ? fieldError.text : undefined}
        data-testid="template-subject"
      />
      <Textarea
        ref={bodyRef}
        label={t('adminPanel.settings.body')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        readOnly={!canChange}
        autosize
        minRows={6}
        maxLength={5000}
        error={fieldError?.field !== 'subject' && fieldError ? fieldError.text : undefined}
        data-testid="template-body"
      />
      <Group gap="xs" aria-label={t('adminPanel.settings.placeholders')} role="group">
        <Text size="sm" c="dimmed">
          {t('adminPanel.settings.placeholders')}:
        </Text>
        {template.placeholders.map((p) =>
          canChange ? (
            <Button
              key={p}
              size="compact-xs"
              variant="light"
              onClick={() => insert(p)}
              aria-label={t('adminPanel.settings.insert', { placeholder: `{{${p}}}` })}
            >{`{{${p}}}`}</Button>
          ) : (
            <Badge key={p} variant="outline" tt="none">{`{{${p}}}`}</Badge>
          ),
        )}
      </Group>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconEye size={16} aria-hidden />}
          onClick={() => void runPreview()}
          loading={previewing}
          data-testid="template-preview"
        >
          {t('adminPanel.settings.preview')}
        </Button>
        {canChange && (
          <>
            <Button
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              onClick={() => void runSave()}
              loading={saving.loading}
              data-testid="template-save"
            >
              {t('adminPanel.settings.save')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconRestore size={16} aria-hidden />}
              onClick={() => void runReset()}
              loading={resetting.loading}
              disabled={!template.customized}
              data-testid="template-reset"
            >
              {t('adminPanel.settings.reset')}
            </Button>
          </>
        )}
      </Group>
      <ActionFeedback feedback={feedback} />
      {preview && (
        <Card withBorder data-testid="template-preview-result">
          <Text size="sm">
            <Text span c="dimmed">
              {t('adminPanel.settings.previewSubject')}:
            </Text>{' '}
            <Text span fw={600} data-testid="template-preview-subject">
              {preview.subject}
            </Text>
          </Text>
          {/* No scripts, no same origin: the HTML is only looked at. */}
          <iframe
            title={t('adminPanel.settings.preview')}
            sandbox=""
            srcDoc={preview.html}
            style={{ width: '100%', minHeight: 240, border: 0, background: 'white' }}
          />
        </Card>
      )}
    </Stack>
  );
}

/** `/admin/settings`: the email templates in Hungarian and English. */
export function MailTemplatesPage() {
  const { t } = useTranslation();
  const canChange = useCanChange();
  const [kind, setKind] = useState<MailTemplateKind>('VERIFICATION');
  const [locale, setLocale] = useState<Locale>('HU');
  const { data, loading, error, refetch } = useQuery(AdminMailTemplatesQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const templates = data?.admin?.mailTemplates;
  const current = templates?.find((x) => x.kind === kind && x.locale === locale);

  return (
    <Stack gap="md">
      <AdminPageTitle>{t('adminPanel.settings.title')}</AdminPageTitle>
      <Title order={2} size="h3">
        {t('adminPanel.settings.templates')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('adminPanel.settings.intro', LITERALS)}
      </Text>
      {!canChange && <Alert color="blue">{t('adminPanel.readOnly')}</Alert>}
      {error && !templates && <PanelLoadError onRetry={() => void refetch()} />}
      {!templates && loading && <PanelLoading />}
      {templates && (
        <Tabs
          value={kind}
          onChange={(v) => v && setKind(v as MailTemplateKind)}
          keepMounted={false}
        >
          <Tabs.List>
            {KINDS.map((k) => (
              <Tabs.Tab key={k} value={k} data-testid={`template-tab-${k}`}>
                {t(`adminPanel.settings.kinds.${k}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {KINDS.map((k) => (
            <Tabs.Panel key={k} value={k} pt="md">
              <Stack gap="sm">
                <SegmentedControl
                  value={locale}
                  onChange={(v) => setLocale(v as Locale)}
                  data={LOCALES.map((l) => ({
                    value: l,
                    label: t(`adminPanel.settings.locales.${l}`),
                  }))}
                  aria-label={t('language.label')}
                  data-testid="template-locale"
                  style={{ alignSelf: 'flex-start' }}
                />
                {current && <TemplateEditor key={`${k}-${locale}`} template={current} />}
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
