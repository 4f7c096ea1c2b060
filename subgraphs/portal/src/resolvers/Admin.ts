import type { AdminResolvers } from '../__generated__/resolvers-types.ts';

export const Admin: AdminResolvers = {
  role: (a) => (a.role === 'admin' ? 'ADMIN' : 'SUPPORT'),
};
