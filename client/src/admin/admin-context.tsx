import { createContext, type ReactNode, use } from 'react';
import type { AdminRole } from '../__generated__/graphql.ts';

/** The signed-in admin or support member. */
export interface SignedInAdmin {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
}

const AdminContext = createContext<SignedInAdmin | null>(null);

export function AdminProvider({ admin, children }: { admin: SignedInAdmin; children: ReactNode }) {
  return <AdminContext value={admin}>{children}</AdminContext>;
}

/** The signed-in admin; only inside the admin layout. */
export function useAdmin(): SignedInAdmin {
  const admin = use(AdminContext);
  if (!admin) throw new Error('useAdmin needs the admin layout');
  return admin;
}

/**
 * Whether the signed-in admin may change things (role `admin`); `support` only reads. Hide or
 * disable change buttons with it — the API refuses them anyway (FORBIDDEN).
 */
export function useCanChange(): boolean {
  return useAdmin().role === 'ADMIN';
}
