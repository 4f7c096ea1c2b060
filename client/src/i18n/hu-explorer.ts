/** Hungarian texts of the GraphQL explorer (`/explorer`); `en-explorer.ts` has the same keys. */
export const huExplorer = {
  explorer: {
    title: 'GraphQL explorer',
    intro:
      'Az API kipróbálása adminisztrátoroknak és partnereknek. Add meg a partner API-kulcsodat (ppk_…) vagy adminisztrátori hozzáférési tokenedet; minden kérés Authorization fejlécben viszi.',
    credential: 'API-kulcs vagy hozzáférési token',
    credentialHint: 'Csak ebben a lapban marad meg, sehová nem mentjük.',
    open: 'Megnyitás',
    change: 'Másik kulcs',
    signedInAs: 'Hitelesítés: {{kind}}',
    kinds: { apiKey: 'partner API-kulcs', token: 'hozzáférési token' },
    queryHint: 'A Ctrl+Enter futtatja a műveletet; a séma a Docs panelen olvasható.',
    required: 'Add meg a kulcsot vagy a tokent.',
    or: 'vagy',
    adminSignIn: 'Belépés adminisztrátorként',
    email: 'E-mail-cím',
    password: 'Jelszó',
    signIn: 'Belépés',
    signInFailed: {
      INVALID_CREDENTIALS: 'Hibás e-mail-cím vagy jelszó.',
      LOCKED_OUT: 'Túl sok sikertelen próbálkozás; próbáld újra később.',
      RATE_LIMITED: 'Túl sok próbálkozás; próbáld újra később.',
      other: 'A belépés nem sikerült ({{code}}).',
    },
  },
};
