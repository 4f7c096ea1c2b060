/** Hungarian texts of the admin System page (`admin/system/`); `en-admin-system.ts` has the
 * same keys. */
export const huAdminSystem = {
  adminSystem: {
    title: 'Rendszer',
    intro:
      'A szolgáltatások készenléte és a cégek állapota a portál szemszögéből. Az oldal {{seconds}} másodpercenként frissül.',
    checkedAt: 'Ellenőrizve: {{time}}',
    refresh: 'Frissítés',
    services: 'Szolgáltatások',
    companies: 'Cégek',
    service: 'Szolgáltatás',
    company: 'Cég',
    status: 'Állapot',
    latency: 'Válaszidő',
    errorRate: 'Hibaarány',
    circuit: 'Megszakító',
    lastSync: 'Utolsó sikeres szinkron',
    lastSample: 'Utolsó mérés',
    checks: 'Ellenőrzések',
    lastError: 'Utolsó hiba',
    never: 'még nem',
    none: '–',
    inactive: 'inaktív',
    ms: '{{value}} ms',
    percent: '{{value}}%',
    statuses: {
      UP: 'Működik',
      DEGRADED: 'Akadozik',
      DOWN: 'Nem működik',
      UNKNOWN: 'Ismeretlen',
    },
    circuits: {
      CLOSED: 'Zárt',
      OPEN: 'Nyitott',
      HALF_OPEN: 'Próba',
    },
    circuitHelp:
      'Nyitott megszakítónál a portál nem hívja a céget, hanem azonnal hibát ad, amíg a várakozási idő le nem telik.',
    history: 'Előzmények',
    historyOf: '{{company}} – előzmények',
    hours: {
      '6': '6 óra',
      '24': '24 óra',
      '168': '7 nap',
    },
    chartSummary:
      '{{company}}: {{samples}} mérés, ebből {{failed}} sikertelen; legnagyobb válaszidő {{max}} ms.',
    chartLegendLatency: 'Válaszidő (ms)',
    chartLegendFailed: 'Sikertelen mérés vagy nyitott megszakító',
    noHistory: 'Ebben az időszakban még nincs mérés.',
    noCompanies: 'Nincs regisztrált cég.',
    selectCompany: 'Előzmények megjelenítése',
  },
};
