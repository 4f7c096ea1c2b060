/** Hungarian texts of live updates (the header's connection badge). `en-live.ts` has the same keys. */
export const huLive = {
  live: {
    live: 'Élő',
    liveHint: 'A változások azonnal megjelennek, újratöltés nélkül.',
    reconnecting: 'Újrakapcsolódás…',
    reconnectingHint:
      'A kapcsolat megszakadt; amint visszaáll, az oldal frissül a közben történt változásokkal.',
  },
};
