/** Runs `run` while holding the lock `name`, across every tab of this origin. */
export type ExclusiveRunner = <T>(name: string, run: () => Promise<T>) => Promise<T>;

/**
 * Web Locks keep two tabs from refreshing with the same refresh token at once: the server
 * would take the second use for a stolen token and sign the whole session out. Without the
 * API (old browsers) each tab runs on its own and the race is merely unlikely.
 */
export const webLockRunner: ExclusiveRunner = <T>(name: string, run: () => Promise<T>) => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // The lock's promise settles with what `run` settles with; the DOM typing nests it.
  return locks ? (locks.request(name, () => run()) as Promise<T>) : run();
};

/** No lock at all: one tab, or tests. */
export const inlineRunner: ExclusiveRunner = (_name, run) => run();
