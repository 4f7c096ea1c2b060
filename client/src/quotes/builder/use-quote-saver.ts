import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../../__generated__/index.ts';
import { type DraftInput, draftInput, type QuoteDraft } from './quote-draft.ts';

const CreateQuoteMutation = graphql(`
  mutation QuoteBuilder_CreateQuote($input: QuoteDraftInput!) {
    createQuote(input: $input) {
      quote {
        id
        number
        status
        version
        updatedAt
      }
      error {
        code
        field
        message
        currentVersion
      }
    }
  }
`);

const UpdateQuoteMutation = graphql(`
  mutation QuoteBuilder_UpdateQuote($id: ID!, $input: QuoteDraftInput!, $expectedVersion: Int!) {
    updateQuote(id: $id, input: $input, expectedVersion: $expectedVersion) {
      quote {
        id
        number
        status
        version
        updatedAt
      }
      error {
        code
        field
        message
        currentVersion
      }
    }
  }
`);

/** How the draft stands against what is saved. */
export type SaveState =
  | { status: 'clean' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  /** Rows with wrong cells: nothing is sent until they are fixed (never saved half). */
  | { status: 'blocked'; invalid: number }
  /** The server refused the lines, naming a field; `input` maps it to the grid. */
  | { status: 'refused'; code: string; field: string | null; input: DraftInput }
  | { status: 'failed' }
  /** Saved elsewhere since this page loaded it: nothing more is written from here. */
  | { status: 'conflict' }
  | { status: 'not-draft' };

export interface SavedQuoteRef {
  id: string;
  number: string;
  version: number;
}

interface SaverOptions {
  companyId: string;
  /** The saved quote this page edits; null for a new one (created on the first save). */
  initial: SavedQuoteRef | null;
  /** When the loaded quote was last saved, shown until the next change. */
  savedAt?: string | undefined;
  /** The draft as it is now. */
  getDraft: () => QuoteDraft;
  onCreated: (quote: SavedQuoteRef) => void;
  /** Autosave waits this long after the last change. */
  delayMs?: number;
}

/**
 * Saves the draft: the first save creates it (`createQuote`), later ones replace its lines
 * (`updateQuote` with the version they are based on). Changes are saved 2 s after the typing
 * stops; one save runs at a time and a change during a save is saved after it. A
 * `VERSION_CONFLICT` stops saving for good on this page: the customer reloads and nothing
 * written elsewhere is ever overwritten.
 */
export function useQuoteSaver(options: SaverOptions) {
  const [createQuote] = useMutation(CreateQuoteMutation);
  const [updateQuote] = useMutation(UpdateQuoteMutation);
  const [state, setState] = useState<SaveState>(
    options.savedAt ? { status: 'saved', at: options.savedAt } : { status: 'clean' },
  );
  const [saved, setSaved] = useState<SavedQuoteRef | null>(options.initial);
  const savedRef = useRef(saved);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  const stopped = useRef(false);

  const saveOnce = useCallback(async (): Promise<'saved' | 'not-saved'> => {
    const { getDraft, companyId, onCreated } = optionsRef.current;
    const draft = getDraft();
    const lines = draftInput(draft);
    if (lines.invalid > 0) {
      setState({ status: 'blocked', invalid: lines.invalid });
      return 'not-saved';
    }
    dirty.current = false;
    setState({ status: 'saving' });
    const input = {
      companyId,
      panels: lines.panels,
      accessories: lines.accessories,
      fees: lines.fees,
      comment: draft.comment.trim() === '' ? null : draft.comment,
    };
    const current = savedRef.current;
    const result = current
      ? await updateQuote({
          variables: { id: current.id, input, expectedVersion: current.version },
        }).then((r) => ({ payload: r.data?.updateQuote, error: r.error }))
      : await createQuote({ variables: { input } }).then((r) => ({
          payload: r.data?.createQuote,
          error: r.error,
        }));
    const quote = result.payload?.quote;
    if (quote) {
      const next = { id: quote.id, number: quote.number, version: quote.version };
      savedRef.current = next;
      setSaved(next);
      if (!current) onCreated(next);
      setState(dirty.current ? { status: 'pending' } : { status: 'saved', at: quote.updatedAt });
      return 'saved';
    }
    dirty.current = true;
    const error = result.payload?.error;
    if (error?.code === 'VERSION_CONFLICT') {
      stopped.current = true;
      setState({ status: 'conflict' });
    } else if (error?.code === 'NOT_DRAFT') {
      stopped.current = true;
      setState({ status: 'not-draft' });
    } else if (error) {
      setState({ status: 'refused', code: error.code, field: error.field ?? null, input: lines });
    } else setState({ status: 'failed' });
    return 'not-saved';
  }, [createQuote, updateQuote]);

  const saveNowRef = useRef<() => Promise<SavedQuoteRef | null>>(async () => null);

  const schedule = useCallback(() => {
    if (stopped.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void saveNowRef.current();
    }, optionsRef.current.delayMs ?? 2000);
  }, []);

  /** Saves now (after a running save); the saved quote, or null when it was not saved. */
  const saveNow = useCallback(async (): Promise<SavedQuoteRef | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    if (stopped.current) return null;
    const run = saveOnce();
    running.current = run.then(() => undefined);
    const outcome = await run.finally(() => {
      running.current = null;
    });
    // Changed while saving: that change goes out after the usual pause.
    if (outcome === 'saved' && dirty.current) schedule();
    return outcome === 'saved' ? savedRef.current : null;
  }, [saveOnce, schedule]);
  saveNowRef.current = saveNow;

  /** The draft changed: save it after the pause. */
  const changed = useCallback(() => {
    if (stopped.current) return;
    dirty.current = true;
    setState((previous) => (previous.status === 'saving' ? previous : { status: 'pending' }));
    schedule();
  }, [schedule]);

  // Leaving the page saves what is pending; closing the tab with unsaved changes asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current && !stopped.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
        if (dirty.current && !stopped.current) void saveOnce();
      }
    };
  }, [saveOnce]);

  /**
   * Another action on this page moved the saved quote to `version` without touching its lines
   * (a reprice): later saves build on it instead of running into our own version conflict.
   */
  const adoptVersion = useCallback((version: number) => {
    const current = savedRef.current;
    if (!current || version <= current.version) return;
    const next = { ...current, version };
    savedRef.current = next;
    setSaved(next);
  }, []);

  return { state, saved, changed, saveNow, adoptVersion };
}
