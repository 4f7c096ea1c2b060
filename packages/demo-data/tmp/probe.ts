import { openDb } from '@portal/db';
for (const opts of [{}, { url: 'postgres://postgres@127.0.0.1:5432/postgres' }]) {
  const db = await openDb(opts);
  const r = await db.query(`select version(), (select datctype from pg_database where datname=current_database()) ctype, lower('ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP') as low, 'Tölgy' ilike '%TÖL%' as il, current_setting('TimeZone') tz, to_jsonb(now()) j, trim_scale(27.00) ts, current_user`);
  console.log(db.engine, r);
  await db.exec(`do $$ begin if not exists (select from pg_roles where rolname='anon') then create role anon nologin noinherit; end if; end $$;`);
  const r2 = await db.transaction(async (tx) => { await tx.query(`select set_config('role','anon',true)`); return tx.query(`select current_user, xmin::text from pg_class limit 1`); });
  console.log(r2);
  await db.close();
}
console.log(new Date('2026-11-01T10:00:00.123456+00:00').toISOString());
