import { useEffect, useEffectEvent, useState } from 'react';
import { type FetchCursors, pageStart, walkToPage } from './cursor-stack.ts';
import type { CursorStacks } from './cursor-stacks.ts';

interface PageStartOptions {
  cursorStacks: CursorStacks;
  listKey: string;
  page: number;
  size: number;
  fetchCursors: FetchCursors;
  /** The list ends before `page`; called with the last page that exists. */
  onPastEnd: (lastPage: number) => void;
}

export interface PageStart {
  /** The `after` cursor of the page: null from the start, undefined while being found. */
  after: string | null | undefined;
  /** Finding the cursor failed (the list could not be read). */
  error: unknown;
  retry: () => void;
}

/**
 * The `after` cursor of the page in the URL. Pages reached by paging are known from the cursor
 * stack; a page opened directly (a shared link, a reload) is found by reading cursors forward.
 */
export function usePageStart(options: PageStartOptions): PageStart {
  const { cursorStacks, listKey, page, size } = options;
  const after = pageStart(cursorStacks.get(listKey), page);
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const [, setFound] = useState(0);
  const fetchCursors = useEffectEvent(options.fetchCursors);
  const onPastEnd = useEffectEvent(options.onPastEnd);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the walk on retry
  useEffect(() => {
    if (after !== undefined) return;
    let current = true;
    setError(undefined);
    walkToPage(cursorStacks.get(listKey), page, size, (from, first) => fetchCursors(from, first))
      .then((stack) => {
        if (!current) return;
        cursorStacks.set(listKey, stack);
        if (stack.length < page) onPastEnd(stack.length);
        else setFound((count) => count + 1);
      })
      .catch((walkError: unknown) => {
        if (current) setError(walkError);
      });
    return () => {
      current = false;
    };
  }, [after, cursorStacks, listKey, page, size, attempt]);

  return {
    after,
    error: after === undefined ? error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}
