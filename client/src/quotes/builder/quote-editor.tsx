import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconCopy,
  IconDeviceFloppy,
  IconFileImport,
  IconPlus,
  IconTable,
} from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { QuoteStatus } from '../../__generated__/graphql.ts';
import { graphql } from '../../__generated__/index.ts';
import { useFormatters } from '../../format/use-formatters.ts';
import { SubmitQuoteButton } from '../../orders/submit/submit-quote-button.tsx';
import { QuotePdfButton } from '../pdf/quote-pdf-button.tsx';
import { QuoteStaleBanner } from '../stale/quote-stale-banner.tsx';
import { BoardDiagrams } from './board-diagrams.tsx';
import { BreakdownTable } from './breakdown-table.tsx';
import { AccessoryLines, FeeLines } from './extra-lines.tsx';
import { ImportPreviewModal, type ImportSource } from './import-preview-modal.tsx';
import { PanelGrid } from './panel-grid.tsx';
import { blankRow, isBlankRow, type PanelRow } from './panel-row.ts';
import { draftInput, hasLines, type QuoteDraft } from './quote-draft.ts';
import { readTableFile } from './read-table-file.ts';
import { SaveStatus } from './save-status.tsx';
import { serverIssues } from './server-issues.ts';
import { ShortcutHelp } from './shortcut-help.tsx';
import { LiveTotal, TotalsSummary } from './totals-summary.tsx';
import { useLivePreview } from './use-live-preview.ts';
import { type SavedQuoteRef, useQuoteSaver } from './use-quote-saver.ts';
import { useSnapshotPricing } from './use-snapshot-pricing.ts';

/** What a read-only quote sends to the live preview: nothing (it shows its snapshot). */
const NO_LINES = draftInput({ panels: [], accessories: [], fees: [], comment: '' });

const DuplicateQuoteMutation = graphql(`
  mutation QuoteBuilder_DuplicateQuote($id: ID!) {
    duplicateQuote(id: $id) {
      quote {
        id
        number
      }
      error {
        code
        message
      }
    }
  }
`);

export interface QuoteEditorProps {
  company: { id: string; name: string };
  initialDraft: QuoteDraft;
  saved: SavedQuoteRef | null;
  /** When the loaded quote was last saved. */
  savedAt?: string;
  /** The saved quote's status (`DRAFT` for a new one); only a draft can be changed. */
  status: QuoteStatus;
  onCreated: (quote: SavedQuoteRef) => void;
}

/**
 * The quote builder: the cut list grid, accessories and fees, the live price from the server,
 * the breakdown and the board diagrams; saved as a draft 2 s after each change.
 */
export function QuoteEditor(props: QuoteEditorProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const readOnly = props.status !== 'DRAFT';
  const [draft, setDraft] = useState(props.initialDraft);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [names, setNames] = useState<Record<string, string>>({});
  const [importSource, setImportSource] = useState<ImportSource | null>(null);
  const [duplicateFailed, setDuplicateFailed] = useState(false);
  const [duplicate, { loading: duplicating }] = useMutation(DuplicateQuoteMutation);

  const saver = useQuoteSaver({
    companyId: props.company.id,
    initial: props.saved,
    savedAt: props.savedAt,
    getDraft: () => draftRef.current,
    onCreated: props.onCreated,
  });
  const { changed } = saver;

  /** Every change by the customer goes through here, so autosave sees it. */
  const edit = useCallback(
    (update: (draft: QuoteDraft) => QuoteDraft) => {
      setDraft(update);
      changed();
    },
    [changed],
  );
  const setPanels = useCallback(
    (update: (rows: PanelRow[]) => PanelRow[]) => edit((d) => ({ ...d, panels: update(d.panels) })),
    [edit],
  );
  const onNameKnown = useCallback(
    (id: string, label: string) =>
      setNames((known) => (known[id] === label ? known : { ...known, [id]: label })),
    [],
  );

  const lines = useMemo(() => draftInput(draft), [draft]);
  // A draft is priced live with today's catalog; any other quote shows the price it was saved
  // and submitted with (its snapshot), never today's.
  const live = useLivePreview(props.company.id, readOnly ? NO_LINES : lines);
  const snapshot = useSnapshotPricing(
    readOnly ? (props.saved?.id ?? null) : null,
    props.company.id,
    lines,
  );
  const preview = readOnly ? snapshot : live;
  const { pricing, pricedInput } = preview;

  // The server's answer names every item it priced: the grid shows those names.
  useEffect(() => {
    if (!pricing) return;
    setNames((known) => {
      const next = { ...known };
      for (const entry of pricing.materials) {
        next[entry.material.id] = entry.material.name;
        for (const line of entry.edgeBandings) next[line.edgeBanding.id] = line.edgeBanding.label;
      }
      for (const line of pricing.accessories) next[line.accessory.id] = line.accessory.name;
      for (const line of pricing.fees) next[line.fee.id] = line.fee.name;
      return next;
    });
  }, [pricing]);

  const issues = useMemo(() => {
    const refusals = [];
    if (preview.problem?.kind === 'input') {
      refusals.push({
        field: preview.problem.field,
        message: preview.problem.message,
        input: preview.input,
      });
    }
    if (saver.state.status === 'refused') {
      refusals.push({ field: saver.state.field, message: '', input: saver.state.input });
    }
    return serverIssues(t, refusals);
  }, [t, preview.problem, preview.input, saver.state]);

  // Line amounts by the editor index of the accessory and fee lines.
  const accessoryAmounts = useMemo(() => {
    const map = new Map();
    if (pricing && pricedInput) {
      for (const line of pricing.accessories) {
        const index = pricedInput.accessoryRows[line.row - 1];
        if (index !== undefined) map.set(index, line.amounts);
      }
    }
    return map;
  }, [pricing, pricedInput]);
  const feeAmounts = useMemo(() => {
    const map = new Map();
    if (pricing && pricedInput) {
      for (const line of pricing.fees) {
        const index = pricedInput.feeRows[line.row - 1];
        if (index !== undefined) map.set(index, line.amounts);
      }
    }
    return map;
  }, [pricing, pricedInput]);

  const defaultMaterialFor = (atRow: number): string | null => {
    const before = draft.panels.slice(0, atRow).reverse();
    return (
      before.find((row) => row.materialId)?.materialId ??
      draft.panels.find((row) => row.materialId)?.materialId ??
      null
    );
  };

  const applyImport = (rows: PanelRow[], atRow: number, known: Record<string, string>) => {
    setNames((current) => ({ ...known, ...current }));
    setPanels((panels) => {
      // Blank rows give way to the imported ones.
      const kept = panels.filter((row) => !isBlankRow(row));
      const keptBefore = panels.slice(0, atRow).filter((row) => !isBlankRow(row)).length;
      return [...kept.slice(0, keptBefore), ...rows, ...kept.slice(keptBefore), blankRow()];
    });
    setImportSource(null);
  };

  const save = useCallback(() => {
    void saver.saveNow();
  }, [saver.saveNow]);

  // Ctrl+S (⌘S) saves at once instead of the browser's "save page".
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
        event.preventDefault();
        if (!readOnly) save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, readOnly]);

  const onDuplicate = async () => {
    setDuplicateFailed(false);
    const current = readOnly ? saver.saved : await saver.saveNow();
    if (!current) {
      setDuplicateFailed(true);
      return;
    }
    const result = await duplicate({ variables: { id: current.id } });
    const copy = result.data?.duplicateQuote.quote;
    if (copy) navigate(`/quotes/${copy.id}`);
    else setDuplicateFailed(true);
  };

  const onFile = async (file: File | null) => {
    if (!file) return;
    const text = await readTableFile(file);
    setImportSource({ origin: 'file', text, atRow: draft.panels.length, fileName: file.name });
  };

  const empty = draft.panels.every(isBlankRow);
  const number = saver.saved?.number;
  const { state } = saver;

  return (
    <Stack gap="md">
      <Card
        withBorder
        padding="sm"
        style={{ position: 'sticky', top: 64, zIndex: 5 }}
        data-testid="quote-header"
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={0}>
            <Anchor component={Link} to="/quotes" size="xs">
              <Group gap={4} component="span">
                <IconArrowLeft size={12} aria-hidden />
                {t('quotes.builder.backToList')}
              </Group>
            </Anchor>
            <Group gap="xs">
              <Title order={1} size="h3" data-testid="quote-title">
                {number ?? t('quotes.builder.titleNew')}
              </Title>
              {readOnly && <Badge variant="light">{t(`quotes.status.${props.status}`)}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {props.company.name}
            </Text>
          </Stack>
          <Group gap="sm" wrap="wrap">
            <LiveTotal preview={preview} />
            {!readOnly && <SaveStatus state={state} version={saver.saved?.version} />}
            {/*
              Header extras of the saved-quotes work (stale-price banner trigger, PDF button):
              mount them here, inside this group — `saver.saved` has the quote's id.
            */}
            <Group gap="xs" data-slot="quote-header-extras">
              {saver.saved && (
                <QuotePdfButton quoteId={saver.saved.id} number={saver.saved.number} />
              )}
              {saver.saved && (
                <SubmitQuoteButton
                  quoteId={saver.saved.id}
                  unsavedChanges={state.status !== 'saved' && state.status !== 'clean'}
                />
              )}
            </Group>
            {!readOnly && (
              <Button
                size="sm"
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                onClick={save}
                loading={state.status === 'saving'}
                disabled={state.status === 'conflict' || state.status === 'not-draft'}
                data-testid="quote-save"
              >
                {t('quotes.builder.save.button')}
              </Button>
            )}
            <Button
              size="sm"
              variant="default"
              leftSection={<IconCopy size={16} aria-hidden />}
              onClick={() => void onDuplicate()}
              loading={duplicating}
              disabled={!saver.saved && (readOnly || empty)}
              data-testid="quote-duplicate"
            >
              {t('quotes.builder.duplicate')}
            </Button>
            {saver.saved && (
              <Button
                size="sm"
                variant="default"
                component={Link}
                to={`/quotes/${saver.saved.id}/compare`}
                data-testid="quote-compare"
              >
                {t('compare.open')}
              </Button>
            )}
          </Group>
        </Group>
      </Card>

      {saver.saved && <QuoteStaleBanner quoteId={saver.saved.id} onRepriced={saver.adoptVersion} />}

      {state.status === 'conflict' && (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('quotes.builder.conflict.title')}
          role="alert"
          data-testid="quote-conflict"
        >
          <Stack gap="xs">
            <Text size="sm">{t('quotes.builder.conflict.text')}</Text>
            <Group>
              <Button
                size="xs"
                variant="white"
                color="dark"
                onClick={() => window.location.reload()}
              >
                {t('quotes.builder.conflict.reload')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {state.status === 'not-draft' && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {t('quotes.builder.save.notDraft')}
        </Alert>
      )}
      {(state.status === 'failed' || (state.status === 'refused' && issues.size === 0)) && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {state.status === 'refused' && state.code === 'COMPANY_NOT_AVAILABLE'
            ? t('quotes.builder.save.companyNotAvailable', { company: props.company.name })
            : t('quotes.builder.save.failed')}
        </Alert>
      )}
      {duplicateFailed && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {t('quotes.builder.duplicateFailed')}
        </Alert>
      )}
      {readOnly && (
        <Alert color="blue" data-testid="quote-read-only">
          {t('quotes.builder.readOnly')}
        </Alert>
      )}
      {readOnly && snapshot.pricing && (
        <Text size="sm" c="dimmed" data-testid="snapshot-pricing-note">
          {t('quotes.builder.snapshot.note', {
            date: format.dateTime(snapshot.pricing.pricedAt),
          })}
        </Text>
      )}
      {readOnly && snapshot.breakdownMissing && snapshot.stored && (
        <Alert color="yellow" data-testid="snapshot-pricing-missing">
          {t('quotes.builder.snapshot.missing', {
            total: format.money(snapshot.stored.final),
          })}
        </Alert>
      )}

      <Card withBorder padding="sm" component="section" aria-labelledby="panels-title">
        <Group justify="space-between" mb="xs" wrap="wrap">
          <Title order={2} size="h4" id="panels-title">
            {t('quotes.builder.panelsTitle')}
          </Title>
          <Group gap="xs">
            {!readOnly && (
              <>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setPanels((rows) => [...rows, blankRow()])}
                  data-testid="add-row"
                >
                  {t('quotes.builder.grid.addRow')}
                </Button>
                <FileButton
                  onChange={(file) => void onFile(file)}
                  accept=".csv,.tsv,.txt,text/csv,text/plain"
                >
                  {(buttonProps) => (
                    <Button
                      {...buttonProps}
                      size="xs"
                      variant="default"
                      leftSection={<IconFileImport size={14} aria-hidden />}
                      data-testid="import-csv"
                    >
                      {t('quotes.builder.grid.importCsv')}
                    </Button>
                  )}
                </FileButton>
              </>
            )}
            <ShortcutHelp />
          </Group>
        </Group>
        {empty && !readOnly && (
          <Group gap="xs" mb="xs" data-testid="grid-empty">
            <IconTable size={18} aria-hidden />
            <Text size="sm" c="dimmed">
              {t('quotes.builder.grid.empty')}
            </Text>
          </Group>
        )}
        <PanelGrid
          rows={draft.panels}
          companyId={props.company.id}
          names={names}
          serverIssues={issues}
          readOnly={readOnly}
          onRowsChange={setPanels}
          onNameKnown={onNameKnown}
          onPasteTable={(text, row) => {
            // Into a blank row the rows go in its place; into a filled one, below it.
            const target = draft.panels[row];
            const atRow = target && !isBlankRow(target) ? row + 1 : row;
            setImportSource({ origin: 'paste', text, atRow });
          }}
        />
      </Card>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <AccessoryLines
          companyId={props.company.id}
          lines={draft.accessories}
          names={names}
          amounts={accessoryAmounts}
          readOnly={readOnly}
          onChange={(update) => edit((d) => ({ ...d, accessories: update(d.accessories) }))}
          onNameKnown={onNameKnown}
        />
        <FeeLines
          companyId={props.company.id}
          lines={draft.fees}
          names={names}
          amounts={feeAmounts}
          readOnly={readOnly}
          onChange={(update) => edit((d) => ({ ...d, fees: update(d.fees) }))}
          onNameKnown={onNameKnown}
        />
        <TotalsSummary
          preview={preview}
          companyName={props.company.name}
          invalid={lines.invalid}
          empty={!hasLines(lines)}
        />
      </SimpleGrid>

      <Textarea
        label={t('quotes.builder.comment')}
        value={draft.comment}
        onChange={(event) => {
          const comment = event.currentTarget.value;
          edit((d) => ({ ...d, comment }));
        }}
        maxLength={2000}
        autosize
        minRows={2}
        readOnly={readOnly}
      />

      {pricing && pricedInput && (
        <>
          <Card withBorder padding="sm" component="section" aria-labelledby="breakdown-title">
            <Title order={2} size="h4" id="breakdown-title" mb="xs">
              {t('quotes.builder.breakdown.title')}
            </Title>
            <BreakdownTable pricing={pricing} />
          </Card>
          <section aria-labelledby="diagrams-title">
            <Title order={2} size="h4" id="diagrams-title" mb="xs">
              {t('quotes.builder.diagram.title')}
            </Title>
            {readOnly && snapshot.layoutsInexact ? (
              <Alert color="yellow" data-testid="snapshot-layouts-inexact">
                {t('quotes.builder.snapshot.layoutsInexact')}
              </Alert>
            ) : (
              <BoardDiagrams pricing={pricing} pricedInput={pricedInput} />
            )}
          </section>
        </>
      )}

      <ImportPreviewModal
        companyId={props.company.id}
        source={importSource}
        defaultMaterialId={importSource ? defaultMaterialFor(importSource.atRow) : null}
        onApply={applyImport}
        onClose={() => setImportSource(null)}
      />
    </Stack>
  );
}
