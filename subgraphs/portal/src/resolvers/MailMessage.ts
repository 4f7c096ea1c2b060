import type { MailMessageResolvers } from '../__generated__/resolvers-types.ts';

export const MailMessage: MailMessageResolvers = {
  kind: (m) =>
    m.kind === 'verification'
      ? 'VERIFICATION'
      : m.kind === 'password_reset'
        ? 'PASSWORD_RESET'
        : 'NOTIFICATION',
  locale: (m) => (m.locale === 'en' ? 'EN' : 'HU'),
};
