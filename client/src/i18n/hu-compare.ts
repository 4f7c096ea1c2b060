/** Hungarian texts of the quote comparison. `en-compare.ts` has the same keys. */
export const huCompare = {
  compare: {
    title: 'Árajánlat összehasonlítása',
    intro:
      'Ugyanez a szabásjegyzék más cégeknél: ugyanaz a lap (márka, dekor, vastagság) és élzáró, a te kedvezményeddel.',
    open: 'Összehasonlítás más cégekkel',
    companies: 'Cégek (legfeljebb 5)',
    run: 'Összehasonlítás',
    running: 'Árazás folyamatban…',
    loading: 'Betöltés…',
    notFound: 'Az árajánlat nem található.',
    backToQuote: 'Vissza az árajánlathoz',
    noCompanies: 'Nincs más cég, amelyhez kapcsolódsz.',
    tooMany: 'Legfeljebb 5 céget választhatsz.',
    source: 'eredeti',
    cheapest: 'legolcsóbb',
    finalTotal: 'Fizetendő',
    boardsUsed: 'Felhasznált táblák',
    boards: '{{count}} tábla',
    missingTitle: 'Nem kapható ennél a cégnél',
    searched: 'Keresve: {{searched}}',
    substituted: 'Helyettesítve',
    status: {
      PRICED: 'Teljes ár',
      INCOMPLETE: 'Részleges ár: néhány tétel hiányzik',
      UNAVAILABLE: 'Nem elérhető',
    },
    unavailable: {
      COMPANY_UNAVAILABLE: 'A cég most nem válaszol.',
      NOT_FOUND: 'A cég nem található vagy inaktív.',
      CANNOT_PRICE: 'A szabásjegyzék ennél a cégnél nem árazható.',
      DISCOUNT_UNAVAILABLE: 'A kedvezményed most nem olvasható ki.',
    },
    copy: 'Másolás ide: {{company}}',
    copying: 'Másolás…',
    copyFailed: 'A másolás nem sikerült: {{message}}',
  },
};
