/** Hungarian texts of the admin companies pages. `en-admin-companies.ts` has the same keys. */
export const huAdminCompanies = {
  adminCompanies: {
    title: 'Cégek',
    newTitle: 'Új cég',
    add: 'Cég hozzáadása',
    create: 'Cég mentése',
    save: 'Módosítások mentése',
    cancel: 'Mégse',
    back: 'Vissza a cégekhez',
    search: 'Keresés',
    searchPlaceholder: 'Név vagy azonosító',
    clearSearch: 'Keresés törlése',
    empty: 'Nincs a keresésnek megfelelő cég.',
    notFound: 'Nincs ilyen cég.',
    noKey: 'nincs kulcs',
    created: 'A cég bekerült a portálra, és aktív: a vásárlók már látják.',
    saved: 'A módosításokat mentettük.',
    saveFailed: 'A mentés nem sikerült. Próbáld újra.',
    readOnly: 'Ügyfélszolgálati szerepkörrel a cégeket csak megtekintheted.',
    status: {
      label: 'Állapot',
      all: 'Mind',
      active: 'Aktív',
      inactive: 'Inaktív',
    },
    fields: {
      name: 'Név',
      slug: 'Azonosító (slug)',
      slugHint: 'Kisbetűk, számok és kötőjelek; a címekben jelenik meg.',
      supabaseUrl: 'Supabase URL',
      supabaseUrlHint: 'A cég Supabase projektjének címe (Project Settings → API).',
      secretKey: 'Titkos kulcs',
      secretKeyHint:
        'A projekt secret (service_role) kulcsa. Titkosítva tároljuk, és többé nem jelenítjük meg.',
      secretKeyKeep:
        'Tárolt kulcs: •••• {{last4}}. Üresen hagyva megmarad; új kulcs beírásával lecseréled.',
    },
    errors: {
      NOT_FOUND: 'Nincs ilyen cég.',
      INVALID_NAME: 'Add meg a cég nevét (legfeljebb 200 karakter).',
      INVALID_SLUG:
        'Az azonosító csak kisbetűket, számokat és egyszeres kötőjeleket tartalmazhat (legfeljebb 60 karakter).',
      DUPLICATE_SLUG: 'Ez az azonosító már egy másik cégé.',
      INVALID_URL: 'Adj meg egy teljes https:// címet, például https://abcd.supabase.co.',
      SECRET_KEY_REQUIRED: 'Add meg a titkos kulcsot.',
      INVALID_SECRET_KEY: 'A titkos kulcs nem tartalmazhat szóközt (legfeljebb 2000 karakter).',
      ENCRYPTION_UNAVAILABLE:
        'A portálnak nincs titkosító kulcsa (PORTAL_ENCRYPTION_KEY), így nem tud kulcsot tárolni.',
      INVALID_CONTACT: 'Az egyik elérhetőségi adat hibás.',
    },
    contact: {
      title: 'Elérhetőségek',
      hint: 'A vevők a cég oldalán látják, és az ajánlatok PDF-jének fejlécébe kerülnek. Mind elhagyható.',
      fields: {
        legalName: 'Cégjegyzékben szereplő név',
        address: 'Cím',
        taxNumber: 'Adószám',
        phone: 'Telefon',
        email: 'E-mail',
        website: 'Weboldal',
      },
      placeholders: {
        legalName: 'Turinova Lapszabászat Kft.',
        address: '1097 Budapest, Könyves Kálmán körút 12.',
        taxNumber: '12345678-2-43',
        phone: '+36 1 555 0101',
        email: 'ajanlat@pelda.hu',
        website: 'https://pelda.hu',
      },
      errors: {
        legalName: 'A név legfeljebb 200 karakter lehet.',
        address: 'A cím legfeljebb 300 karakter lehet, vezérlőkarakter nélkül.',
        taxNumber: 'Az adószám formája 12345678-1-12 (vagy uniós adószám, pl. HU12345678).',
        phone:
          'A telefonszám számjegyekből, szóközből és + ( ) / - jelekből állhat, pl. +36 1 234 5678.',
        email: 'Adj meg egy érvényes e-mail-címet, pl. info@pelda.hu.',
        website: 'Adj meg egy webcímet, pl. https://pelda.hu.',
      },
    },
    test: {
      run: 'Kapcsolat tesztelése',
      couldNotRun: 'A teszt nem futott le. Próbáld újra.',
      allPassed: 'Minden ellenőrzés sikeres',
      failedAt: 'Sikertelen lépés: {{step}}',
      counts: '{{materials}} lapanyag, {{edgeBandings}} élzáró, {{accessories}} kiegészítő',
      latency: '{{ms}} ms',
      version: '{{version}}. verzió',
      steps: {
        REACHABLE: 'Elérhető',
        KEY_ACCEPTED: 'Kulcs elfogadva',
        CONTRACT_VERSION: 'Szerződésverzió egyezik',
        CATALOG: 'Katalógus olvasható',
        LATENCY: 'Válaszidő',
      },
      status: {
        PASSED: 'rendben',
        FAILED: 'hiba',
        SKIPPED: 'kihagyva',
      },
      hints: {
        REACHABLE: 'A cím nem válaszol Supabase projektként. Ellenőrizd a Supabase URL-t.',
        KEY_ACCEPTED:
          'A projekt nem fogadta el a titkos kulcsot. Másold be újra a secret (service_role) kulcsot.',
        CONTRACT_VERSION:
          'A projektben nincs (vagy régi) a beállító szkript. Futtasd le a betanítási oldal szkriptjét.',
        CATALOG: 'A katalógus nem olvasható. Futtasd le újra a beállító szkriptet.',
        LATENCY: 'A projekt lassan válaszol; a vásárlóknak lassú lesz a katalógus.',
      },
    },
    deactivate: {
      title: 'A cég aktív',
      text: 'Inaktiválás után a vásárlók azonnal nem látják, a katalógusa nem érhető el, és nem küldünk neki ajánlatot.',
      button: 'Inaktiválás',
      confirmTitle: '{{name}} inaktiválása?',
    },
    activate: {
      title: 'A cég inaktív',
      text: 'A vásárlók nem látják. Aktiválás után azonnal megjelenik.',
      button: 'Aktiválás',
    },
    onboarding: {
      nav: 'Betanítás',
      title: 'Új cég csatlakoztatása',
      intro:
        'Egy cég a saját Supabase projektjével csatlakozik; a portál csak a beállító szkript függvényeit hívja.',
      script: 'Beállító szkript',
      copy: 'Másolás',
      copied: 'Kimásolva',
      download: 'Letöltés',
      steps: {
        project: {
          title: 'Supabase projekt',
          text: 'A cég nyissa meg a meglévő Supabase projektjét (vagy hozzon létre egyet).',
        },
        script: {
          title: 'A beállító szkript futtatása',
          text: 'Az SQL Editorban futtassa le az alábbi szkriptet (szerződésverzió: {{version}}). Többször is futtatható; meglévő táblát és sort nem módosít.',
        },
        keys: {
          title: 'URL és kulcs',
          text: 'A Project Settings → API oldalról másolja ki a Project URL-t és a secret (service_role) kulcsot, és biztonságos csatornán küldje el.',
        },
        add: {
          title: 'Felvétel a portálra',
          text: 'Itt a Cég hozzáadása gombbal add meg a nevet, az URL-t és a kulcsot, majd teszteld a kapcsolatot: minden lépésnek zöldnek kell lennie.',
        },
        activate: {
          title: 'Mentés',
          text: 'Mentés után a cég azonnal aktív, a vásárlók látják. Inaktiválással bármikor elrejthető.',
        },
      },
    },
  },
};
