import type { Db } from '@portal/db';
import { adminExists, provisionAdmin } from '@portal/portal-subgraph/admins';

export const DEMO_ADMIN_EMAIL = 'admin@portal.local';

export interface DemoAdmin {
  email: string;
  password: string;
}

/**
 * The embedded default's admin, so a newcomer can open `/admin` at once: created on first
 * start with the password kept in secrets.json; left alone afterwards (if someone changed the
 * password since, the printed one is stale, and `npm run admin:create` makes another admin).
 */
export async function ensureDemoAdmin(
  db: Db,
  password: string,
  log: (line: string) => void,
): Promise<DemoAdmin> {
  if (!(await adminExists(db, DEMO_ADMIN_EMAIL))) {
    const created = await provisionAdmin(db, {
      email: DEMO_ADMIN_EMAIL,
      name: 'Demo admin',
      role: 'admin',
      password,
    });
    if ('error' in created) throw new Error(`demo admin not created: ${created.error.message}`);
    log(`demo admin ${DEMO_ADMIN_EMAIL} created`);
  }
  return { email: DEMO_ADMIN_EMAIL, password };
}
