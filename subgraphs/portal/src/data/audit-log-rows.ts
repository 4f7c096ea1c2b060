import type { Db, Queryable } from '@portal/db';
import { iso } from './timestamps.ts';

export type AuditActorKind = 'customer' | 'admin' | 'partner' | 'system';

/** One row to append; `details` must hold no secret (no password, token, key or hash). */
export interface AuditEntry {
  actorKind: AuditActorKind;
  actorId: string | null;
  action: string;
  targetKind?: string | null;
  targetId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

/** A row as the admin audit page shows it. */
export interface AuditEventRow {
  id: string;
  at: string;
  actorKind: AuditActorKind;
  actorId: string | null;
  action: string;
  targetKind: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface AuditLogFilter {
  action?: string | null;
  actorId?: string | null;
  actorKind?: AuditActorKind | null;
  /** Events by or about this id: its actor or its target. */
  involving?: string | null;
  /** Inclusive lower bound of `at`. */
  from?: Date | null;
  /** Exclusive upper bound of `at`. */
  to?: Date | null;
}

interface RawEvent {
  id: string | number | bigint;
  at: Date;
  actor_kind: AuditActorKind;
  actor_id: string | null;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  ip: string | null;
  request_id: string | null;
  details: Record<string, unknown> | string;
}

function toRow(r: RawEvent): AuditEventRow {
  return {
    id: String(r.id),
    at: iso(r.at),
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    action: r.action,
    targetKind: r.target_kind,
    targetId: r.target_id,
    ip: r.ip,
    requestId: r.request_id,
    details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
  };
}

/** Bounds of the free-text columns (the table's checks), so a long value never fails a write. */
const clip = (value: string | null | undefined, max: number) =>
  value == null ? null : value.slice(0, max);

/**
 * The append-only `audit_log` (migration 0007). Service-side only: no client role reads it,
 * and a trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the portal included.
 */
export function createAuditLogRows(db: Db) {
  return {
    /** Appends one row; pass `tx` to write it in the same transaction as the change. */
    async append(entry: AuditEntry, tx: Queryable = db): Promise<void> {
      await tx.query(
        `insert into audit_log
           (actor_kind, actor_id, action, target_kind, target_id, ip, request_id, details)
         values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
        [
          entry.actorKind,
          entry.actorId,
          entry.action,
          entry.targetKind ?? null,
          clip(entry.targetId, 200),
          clip(entry.ip, 100),
          clip(entry.requestId, 200),
          JSON.stringify(entry.details ?? {}),
        ],
      );
    },

    /** Newest first, `limit` rows with ids below `beforeId`, and how many match in all. */
    async page(
      filter: AuditLogFilter,
      limit: number,
      beforeId: string | null,
    ): Promise<{ rows: AuditEventRow[]; totalCount: number }> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace('?', `$${params.length}`));
      };
      if (filter.action) add('action = ?', filter.action);
      if (filter.actorId) add('actor_id = ?', filter.actorId);
      if (filter.actorKind) add('actor_kind = ?', filter.actorKind);
      if (filter.involving) {
        params.push(filter.involving, filter.involving);
        const n = params.length;
        where.push(`(actor_id = $${n - 1}::uuid or target_id = $${n}::text)`);
      }
      if (filter.from) add('at >= ?', filter.from);
      if (filter.to) add('at < ?', filter.to);
      const matching = where.length ? `where ${where.join(' and ')}` : '';
      const [count] = await db.query<{ n: number | string }>(
        `select count(*)::int as n from audit_log ${matching}`,
        params,
      );
      if (beforeId) add('id < ?', beforeId);
      const pageWhere = where.length ? `where ${where.join(' and ')}` : '';
      params.push(limit);
      const raw = await db.query<RawEvent>(
        `select id, at, actor_kind, actor_id, action, target_kind, target_id, ip, request_id,
                details
           from audit_log ${pageWhere} order by id desc limit $${params.length}`,
        params,
      );
      return { rows: raw.map(toRow), totalCount: Number(count?.n ?? 0) };
    },
  };
}

export type AuditLogRows = ReturnType<typeof createAuditLogRows>;
