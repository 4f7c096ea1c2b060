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
  },
};
