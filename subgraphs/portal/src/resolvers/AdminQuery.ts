import { BadUserInputError, NotFoundError } from '@portal/errors';
import type { AdminQueryResolvers } from '../__generated__/resolvers-types.ts';
import { decodeAuditCursor, encodeAuditCursor } from '../auth/audit-cursor.ts';
import { adminCompanyQueries } from '../companies/admin-company-resolvers.ts';
import { isUuid } from '../data/uuid.ts';
import { adminQueryFields } from './AdminPanel.ts';

function dateArg(value: string | null | undefined, field: string): Date | null {
  if (value == null) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new BadUserInputError(`\`${field}\` is not a date`, field);
  return date;
}

function involvingArg(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!isUuid(value)) {
    throw new BadUserInputError(`'${value.slice(0, 60)}' is not a valid id`, 'filter.involving');
  }
  return value;
}

export const AdminQuery: AdminQueryResolvers = {
  // The company registry (companies/admin-companies.ts).
  ...adminCompanyQueries,

  // Admins and support alike (the namespace's rule): health is read-only.
  systemHealth: (_ns, _args, ctx) => ctx.systemHealth.read(),

  // Admins and support alike: every service's recent unexpected errors (system/recent-errors.ts).
  async recentErrors(_ns, { first, service }, ctx) {
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
      throw new BadUserInputError('`first` must be 1–200', 'first');
    }
    return ctx.recentErrors.read({ first: limit, service: service ?? null });
  },

  async me(ns, _args, ctx) {
    const admin = await ctx.accounts.adminAccounts.byId(ns.adminId);
    if (!admin) throw new NotFoundError('The signed-in admin no longer exists or is disabled');
    return admin;
  },

  // Admins and support alike (the namespace's rule): reading history changes nothing.
  async auditLog(_ns, { filter, first, after }, ctx) {
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw new BadUserInputError('`first` must be 1–100', 'first');
    }
    const beforeId = after == null ? null : decodeAuditCursor(after);
    if (after != null && beforeId === null) {
      throw new BadUserInputError('`after` is not a cursor of this list', 'after');
    }
    const actorId = filter?.actorId ?? null;
    if (actorId !== null && !isUuid(actorId)) {
      throw new BadUserInputError(`'${actorId.slice(0, 60)}' is not a valid id`, 'filter.actorId');
    }
    const action = filter?.action ?? null;
    if (action !== null && action.length > 80) {
      throw new BadUserInputError('`action` is at most 80 characters', 'filter.action');
    }
    // One more than asked tells whether a next page exists.
    const { rows, totalCount } = await ctx.accounts.audit.page(
      {
        action,
        actorId,
        actorKind: filter?.actorKind
          ? (filter.actorKind.toLowerCase() as 'customer' | 'admin' | 'partner' | 'system')
          : null,
        involving: involvingArg(filter?.involving),
        from: dateArg(filter?.from, 'filter.from'),
        to: dateArg(filter?.to, 'filter.to'),
      },
      limit + 1,
      beforeId,
    );
    const page = rows.slice(0, limit);
    const edges = page.map((node) => ({ cursor: encodeAuditCursor(node.id), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: beforeId !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },

  // Customers, delivery queue, mail, dashboard and templates: `AdminPanel.ts`.
  ...adminQueryFields,

  async companyApiKeys(_ns, { companyId }, ctx) {
    if (companyId != null && !isUuid(companyId)) {
      throw new BadUserInputError(
        `'${companyId.slice(0, 60)}' is not a valid company id`,
        'companyId',
      );
    }
    return ctx.accounts.apiKeys.listForCompanies(companyId ?? null);
  },
};
