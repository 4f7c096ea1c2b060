/** Hungarian texts of the admin UI's shell. `en-admin.ts` has the same keys. */
export const huAdmin = {
  admin: {
    signIn: {
      title: 'Adminisztráció',
      submit: 'Belépés',
      hint: 'Csak a portál munkatársainak. Vásárlóként a főoldalon jelentkezz be.',
    },
    layout: {
      title: 'Portál admin',
      menu: 'Menü',
      navigation: 'Admin navigáció',
      signOut: 'Kijelentkezés',
      loadFailed: 'Az admin felület most nem tölthető be.',
    },
    roles: {
      ADMIN: 'Admin',
      SUPPORT: 'Ügyfélszolgálat',
    },
    nav: {
      dashboard: 'Áttekintés',
      companies: 'Cégek',
      customers: 'Vásárlók',
      system: 'Rendszer',
      audit: 'Napló',
      settings: 'Beállítások',
      deliveries: 'Kézbesítési sor',
      mail: 'Levelek',
      explorer: 'GraphQL explorer',
    },
    coming: {
      title: 'Hamarosan',
      text: 'Ez az oldal még készül.',
    },
  },
};
