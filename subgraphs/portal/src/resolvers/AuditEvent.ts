import type { AuditEventResolvers } from '../__generated__/resolvers-types.ts';

export const AuditEvent: AuditEventResolvers = {
  actorKind: (e) => e.actorKind.toUpperCase() as 'CUSTOMER' | 'ADMIN' | 'PARTNER' | 'SYSTEM',
  details: (e) => JSON.stringify(e.details),
};
