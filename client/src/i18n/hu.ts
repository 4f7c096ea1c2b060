import { huAccount } from './hu-account.ts';
import { huAdmin } from './hu-admin.ts';
import { huAdminCompanies } from './hu-admin-companies.ts';
import { huAdminPanel } from './hu-admin-panel.ts';
import { huAdminSystem } from './hu-admin-system.ts';
import { huCompare } from './hu-compare.ts';
import { huExplorer } from './hu-explorer.ts';
import { huLive } from './hu-live.ts';
import { huOrders } from './hu-orders.ts';
import { huQuotes } from './hu-quotes.ts';

/** Hungarian texts, the default language. `en.ts` must have the same keys (the type checks it). */
export const hu = {
  ...huAccount,
  ...huAdmin,
  ...huAdminCompanies,
  ...huAdminPanel,
  ...huAdminSystem,
  ...huCompare,
  ...huExplorer,
  ...huLive,
  ...huOrders,
  ...huQuotes,
  app: {
    name: 'Lapszabász portál',
    skipToContent: 'Ugrás a tartalomra',
    mainNavigation: 'Fő navigáció',
  },
  nav: {
    companies: 'Cégek',
  },
  language: {
    label: 'Nyelv',
    hu: 'Magyar',
    en: 'English',
  },
  common: {
    retry: 'Újrapróbálás',
    requestId: 'Kérésazonosító',
    yes: 'Igen',
    no: 'Nem',
    none: '—',
  },
  errorPage: {
    title: 'Valami elromlott',
    text: 'Váratlan hiba történt. Töltsd újra az oldalt, vagy próbáld újra később.',
    reload: 'Oldal újratöltése',
    home: 'Vissza a kezdőlapra',
  },
  notFound: {
    title: 'Az oldal nem található',
    text: 'A keresett oldal nem létezik, vagy már máshol van.',
    home: 'Vissza a cégekhez',
  },
  companies: {
    title: 'Cégek',
    intro: 'Válassz lapszabászatot, és böngészd a katalógusát.',
    cardText: 'Bútorlapok, élzárók, kiegészítők és szolgáltatások aktuális árakkal.',
    contact: {
      address: 'Cím',
      phone: 'Telefon',
      email: 'E-mail',
      website: 'Weboldal',
      taxNumber: 'Adószám',
    },
    catalog: 'Katalógus',
    catalogOf: '{{name}} katalógusa',
    loading: 'Cégek betöltése…',
    emptyTitle: 'Még nincs elérhető cég',
    emptyText: 'Amint egy lapszabászat csatlakozik a portálhoz, itt megjelenik.',
    errorTitle: 'A cégek listája nem tölthető be',
  },
  errors: {
    title: 'Nem sikerült betölteni',
    unavailable: 'A(z) {{company}} adatbázisa most nem érhető el. Próbáld újra később.',
    rateLimited: 'Túl sok kérés érkezett. Várj egy kicsit, majd próbáld újra.',
    network: 'Nem sikerült elérni a szervert. Ellenőrizd a kapcsolatot, majd próbáld újra.',
    service: 'A portál egy része most nem válaszol. Néhány másodperc múlva próbáld újra.',
    generic: 'Ezt a részt most nem sikerült betölteni. Próbáld újra később.',
  },
  catalog: {
    heading: 'Katalógus',
    backToCompanies: 'Vissza a cégekhez',
    notFoundTitle: 'A cég nem található',
    notFoundText: 'Nincs „{{slug}}” nevű aktív cég a portálon.',
    tabsLabel: 'A katalógus részei',
    tabs: {
      materials: 'Bútorlapok',
      'edge-bandings': 'Élzárók',
      'linear-materials': 'Lineáris anyagok',
      accessories: 'Kiegészítők',
      services: 'Szolgáltatások',
      fees: 'Díjak',
    },
    search: {
      label: 'Keresés',
      placeholder: 'Név, márka, dekor vagy cikkszám',
      shortcut: 'A „/” billentyű ide ugrik, az Esc törli a keresést.',
      clear: 'Keresés törlése',
    },
    price: {
      label: 'Árak',
      net: 'Nettó',
      gross: 'Bruttó',
      netLower: 'nettó',
      grossLower: 'bruttó',
    },
    filters: {
      label: 'Szűrők',
      brand: 'Márka',
      brandOption: '{{name}} ({{count}})',
      thickness: 'Vastagság',
      thicknessOption: '{{value}} mm',
      any: 'Mind',
      onStock: 'Csak raktáron',
      clear: 'Szűrők törlése',
      unavailable: 'A szűrők most nem érhetők el.',
    },
    empty: {
      title: 'Nincs találat',
      withSearch: 'Nincs találat erre: „{{q}}”.',
      withFilters: 'A megadott szűrőkkel nincs találat.',
      none: 'Ebben a részben nincs tétel.',
      pastEnd: 'Ezen az oldalon nincs tétel.',
      firstPage: 'Ugrás az első oldalra',
    },
    pager: {
      label: 'Lapozás',
      pageSize: 'Oldalméret',
      previous: 'Előző oldal',
      next: 'Következő oldal',
      range: '{{from}}–{{to}} / {{total}}',
    },
    stock: {
      onStock: 'Raktáron',
      toOrder: 'Rendelésre',
    },
    materials: {
      caption: 'Bútorlapok, {{price}} árak',
      name: 'Név',
      brand: 'Márka',
      size: 'Méret (H × Sz × V, mm)',
      grain: 'Szálirány',
      stock: 'Készlet',
      price: 'Ár / m²',
      updated: 'Frissítve',
    },
    edgeBandings: {
      caption: 'Élzárók, {{price}} árak',
      label: 'Megnevezés',
      type: 'Típus',
      size: 'Szélesség × vastagság (mm)',
      decor: 'Dekor',
      price: 'Ár / fm',
      overhang: 'Ráhagyás (mm)',
    },
    linearMaterials: {
      caption: 'Lineáris anyagok, {{price}} árak',
      name: 'Név',
      brand: 'Márka',
      type: 'Típus',
      size: 'Méret (H × Sz × V, mm)',
      stock: 'Készlet',
      price: 'Ár / fm',
    },
    accessories: {
      caption: 'Kiegészítők, {{price}} árak',
      name: 'Név',
      sku: 'Cikkszám',
      unit: 'Egység',
      price: 'Egységár',
    },
    services: {
      caption: 'Szolgáltatások, nettó díjak',
      service: 'Szolgáltatás',
      price: 'Díj (nettó)',
      unit: 'Egység',
      vat: 'ÁFA-kulcs: {{rate}}%',
      cutting: 'Szabás',
      cuttingUnit: 'folyóméter',
      hingeHole: 'Pánthelyfúrás',
      hingeHoleUnit: 'furat',
      doubling: 'Duplungolás',
      doublingUnit: 'm²',
      angleCut: 'Szögvágás',
      angleCutUnit: 'elem',
    },
    fees: {
      caption: 'Díjak, {{price}} árak',
      name: 'Megnevezés',
      price: 'Ár',
      vat: 'ÁFA',
      vatRate: '{{rate}}%',
      discount: 'Kedvezmény',
    },
  },
};

export type Messages = typeof hu;
