import type { huLive } from './hu-live.ts';

/** English texts of live updates; the same keys as `hu-live.ts`. */
export const enLive: typeof huLive = {
  live: {
    live: 'Live',
    liveHint: 'Changes appear at once, without reloading.',
    reconnecting: 'Reconnecting…',
    reconnectingHint:
      'The connection was lost; once it is back, the page refreshes with what changed meanwhile.',
  },
};
