import { BadUserInputError, NotFoundError } from '@portal/errors';
import type {
  AdminActionErrorCode,
  AdminCustomerResolvers,
  AdminDashboardResolvers,
  AdminMailOutboxResolvers,
  AdminQueryResolvers,
  MailTemplateResolvers,
  MutationResolvers,
  Resolvers,
} from '../__generated__/resolvers-types.ts';
import { signedInAdmin } from '../auth/caller.ts';
import type { PortalContext } from '../context.ts';
import {
  type AdminCustomerRow,
  decodeCustomerCursor,
  encodeCustomerCursor,
} from '../data/admin-customer-rows.ts';
import type { DeliveryState } from '../data/admin-ops-rows.ts';
import { isUuid } from '../data/uuid.ts';
import {
  checkTemplate,
  DEFAULT_TEMPLATES,
  MAIL_TEMPLATE_KINDS,
  type MailLocale,
  type MailTemplateKind,
  type MailTemplateView,
  renderTemplate,
  sampleVars,
  TEMPLATE_PLACEHOLDERS,
} from '../mail/mail-templates.ts';

/*
 * The admin panel's customers, delivery queue, mail, dashboard and email templates
 * (docs/admin.md). Reads are the admin namespace's (support and admins); every change is an
 * admin-only mutation (`permissions.ts`) recorded with `recordAdminAction` in the same
 * transaction as the change.
 */

interface ActionError {
  code: AdminActionErrorCode;
  message: string;
  field: string | null;
}

const refuse = (code: AdminActionErrorCode, message: string, field: string | null = null) => ({
  code,
  message,
  field,
});

function limitArg(value: number | null | undefined, fallback: number, max: number, field: string) {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new BadUserInputError(`\`${field}\` must be 1–${max}`, field);
  }
  return n;
}

function uuidArg(value: string, field: string): string {
  if (!isUuid(value))
    throw new BadUserInputError(`'${value.slice(0, 60)}' is not a valid id`, field);
  return value;
}

const KIND_FROM_API: Record<string, MailTemplateKind> = {
  VERIFICATION: 'verification',
  PASSWORD_RESET: 'password_reset',
  ORDER_READY: 'order_ready',
};
const KIND_TO_API = {
  verification: 'VERIFICATION',
  password_reset: 'PASSWORD_RESET',
  order_ready: 'ORDER_READY',
} as const;
const localeFromApi = (l: string): MailLocale => (l === 'EN' ? 'en' : 'hu');

async function templateViews(ctx: PortalContext): Promise<MailTemplateView[]> {
  const overrides = await ctx.accounts.mailTemplates.all();
  return MAIL_TEMPLATE_KINDS.flatMap((kind) =>
    (['hu', 'en'] as const).map((locale) => {
      const o = overrides.find((x) => x.kind === kind && x.locale === locale);
      return o
        ? {
            kind,
            locale,
            subject: o.subject,
            body: o.body,
            customized: true,
            updatedAt: o.updatedAt,
          }
        : { kind, locale, ...DEFAULT_TEMPLATES[kind][locale], customized: false, updatedAt: null };
    }),
  );
}

async function templateView(ctx: PortalContext, kind: MailTemplateKind, locale: MailLocale) {
  return (await templateViews(ctx)).find((t) => t.kind === kind && t.locale === locale)!;
}

function checkedTemplate(input: { kind: string; locale: string; subject: string; body: string }) {
  const kind = KIND_FROM_API[input.kind]!;
  const locale = localeFromApi(input.locale);
  const text = { subject: input.subject, body: input.body.replace(/\r\n/g, '\n') };
  const problem = checkTemplate(kind, text);
  return {
    kind,
    locale,
    text,
    error: problem ? refuse(problem.code, problem.message, problem.field) : null,
  };
}

export const adminQueryFields: Pick<
  AdminQueryResolvers,
  | 'customers'
  | 'customer'
  | 'deliveryQueue'
  | 'mailOutbox'
  | 'dashboard'
  | 'mailTemplates'
  | 'previewMailTemplate'
> = {
  async customers(_ns, { filter, first, after }, ctx) {
    const limit = limitArg(first, 25, 100, 'first');
    const cursor = after == null ? null : decodeCustomerCursor(after);
    if (after != null && cursor === null) {
      throw new BadUserInputError('`after` is not a cursor of this list', 'after');
    }
    if (filter?.companyId != null) uuidArg(filter.companyId, 'filter.companyId');
    if (filter?.search != null && filter.search.length > 200) {
      throw new BadUserInputError('`search` is at most 200 characters', 'filter.search');
    }
    const { rows, totalCount } = await ctx.adminData.customers.page(
      {
        search: filter?.search ?? null,
        verified: filter?.verified ?? null,
        disabled: filter?.disabled ?? null,
        companyId: filter?.companyId ?? null,
      },
      limit + 1,
      cursor,
    );
    const edges = rows
      .slice(0, limit)
      .map((node) => ({ cursor: encodeCustomerCursor(node), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: cursor !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },

  async customer(_ns, { id }, ctx) {
    const row = await ctx.adminData.customers.byId(uuidArg(id, 'id'));
    if (!row || row.deletedAt) throw new NotFoundError('No such customer');
    return row;
  },

  async deliveryQueue(_ns, { state, first }, ctx) {
    const limit = limitArg(first, 50, 200, 'first');
    return ctx.adminData.ops.deliveryQueue(
      state ? (state.toLowerCase() as DeliveryState) : null,
      limit,
    );
  },

  mailOutbox: (_ns, { first }) => ({ first: limitArg(first, 50, 200, 'first') }),

  dashboard: () => ({}),

  mailTemplates: (_ns, _args, ctx) => templateViews(ctx),

  previewMailTemplate(_ns, { input }) {
    const t = checkedTemplate(input);
    if (t.error) return { subject: null, text: null, html: null, error: t.error };
    return { ...renderTemplate(t.text, sampleVars(t.kind, t.locale), t.locale), error: null };
  },
};

const AdminCustomer: AdminCustomerResolvers = {
  locale: (c) => (c.locale === 'en' ? 'EN' : 'HU'),
  emailVerified: (c) => c.emailVerifiedAt !== null,
  disabled: (c) => c.disabledAt !== null,
  billing: (c, _a, ctx) => ctx.adminData.customers.billing(c.id),
  companies: (c, _a, ctx) => ctx.adminData.customers.companies(c.id),
  async quotes(c, { first }, ctx) {
    const r = await ctx.adminData.customers.quotes(c.id, limitArg(first, 20, 100, 'first'));
    return { totalCount: r.totalCount, nodes: r.rows };
  },
  async orders(c, { first }, ctx) {
    const r = await ctx.adminData.customers.orders(c.id, limitArg(first, 20, 100, 'first'));
    return { totalCount: r.totalCount, nodes: r.rows };
  },
  async activity(c, { first }, ctx) {
    const { rows } = await ctx.accounts.audit.page(
      { involving: c.id },
      limitArg(first, 20, 100, 'first'),
      null,
    );
    return rows;
  },
};

const AdminDashboard: AdminDashboardResolvers = {
  activeCompanies: async (_d, _a, ctx) => (await ctx.adminData.ops.totals()).activeCompanies,
  companies: async (_d, _a, ctx) => (await ctx.adminData.ops.totals()).companies,
  customers: async (_d, _a, ctx) => (await ctx.adminData.ops.totals()).customers,
  newCustomersThisWeek: async (_d, _a, ctx) =>
    (await ctx.adminData.ops.totals()).newCustomersThisWeek,
  disabledCustomers: async (_d, _a, ctx) => (await ctx.adminData.ops.totals()).disabledCustomers,
  pendingDeliveries: async (_d, _a, ctx) => (await ctx.adminData.ops.totals()).pendingDeliveries,
  daily: (_d, { days }, ctx) => ctx.adminData.ops.daily(limitArg(days, 30, 90, 'days')),
  failingCompanies: (_d, _a, ctx) => ctx.adminData.ops.failingCompanies(),
  async recentActivity(_d, { first }, ctx) {
    const { rows } = await ctx.accounts.audit.page({}, limitArg(first, 10, 50, 'first'), null);
    return rows;
  },
};

const AdminMailOutbox: AdminMailOutboxResolvers = {
  mode: (_p, _a, ctx) => (ctx.accounts.mailer.keepsOutbox ? 'OUTBOX' : 'SMTP'),
  messages: (p, _a, ctx) => ctx.accounts.outbox.latest(p.first),
  notifications: (p, _a, ctx) => ctx.adminData.ops.notifications(p.first),
};

const MailTemplate: MailTemplateResolvers = {
  kind: (t) => KIND_TO_API[t.kind],
  locale: (t) => (t.locale === 'en' ? 'EN' : 'HU'),
  placeholders: (t) => [...TEMPLATE_PLACEHOLDERS[t.kind]],
  defaultSubject: (t) => DEFAULT_TEMPLATES[t.kind][t.locale].subject,
  defaultBody: (t) => DEFAULT_TEMPLATES[t.kind][t.locale].body,
};

/** The admin panel's object types (merged into the subgraph's resolvers in `server.ts`). */
export const adminPanelTypes: Pick<
  Resolvers,
  | 'AdminCustomer'
  | 'AdminCustomerQuote'
  | 'AdminCustomerOrder'
  | 'QueuedDelivery'
  | 'OrderNotificationMail'
  | 'FailingCompany'
  | 'AdminDashboard'
  | 'AdminMailOutbox'
  | 'MailTemplate'
> = {
  AdminCustomer,
  AdminCustomerQuote: {
    status: (q) => q.status.toUpperCase() as never,
  },
  AdminCustomerOrder: {
    status: (o) => o.status.toUpperCase() as never,
    paymentStatus: (o) => o.paymentStatus.toUpperCase() as never,
  },
  QueuedDelivery: {
    state: (d) => d.state.toUpperCase() as 'PENDING' | 'FAILING' | 'PAUSED',
  },
  OrderNotificationMail: {
    status: (n) => n.status.toUpperCase() as 'SENT' | 'PENDING' | 'FAILED',
  },
  FailingCompany: {
    source: (f) => (f.source === 'order_sync' ? 'ORDER_SYNC' : 'DELIVERY'),
  },
  AdminDashboard,
  AdminMailOutbox,
  MailTemplate,
};

/** Disables or enables, recorded in the same transaction; the customer as it is after. */
async function setDisabled(
  ctx: PortalContext,
  id: string,
  disabled: boolean,
  reason: string | null,
): Promise<{ customer: AdminCustomerRow | null; error: ActionError | null }> {
  const admin = signedInAdmin(ctx.identity);
  const customerId = uuidArg(id, 'id');
  if (reason != null && reason.length > 500) {
    return {
      customer: null,
      error: refuse('INVALID_INPUT', 'The reason is at most 500 characters', 'reason'),
    };
  }
  const rows = ctx.adminData.customers;
  const outcome = await ctx.adminData.customers.transaction(async (tx) => {
    const before = await rows.byId(customerId, tx);
    if (!before || before.deletedAt) return 'not_found' as const;
    if (!(await rows.setDisabled(tx, customerId, disabled))) return 'no_change' as const;
    await ctx.accounts.audit.recordAdminAction(
      admin,
      disabled ? 'admin.customer_disabled' : 'admin.customer_enabled',
      { kind: 'customer', id: customerId },
      { email: before.email, ...(reason ? { reason } : {}) },
      ctx.meta,
      tx,
    );
    return 'done' as const;
  });
  if (outcome === 'not_found')
    return { customer: null, error: refuse('NOT_FOUND', 'No such customer', 'id') };
  if (outcome === 'no_change') {
    return {
      customer: null,
      error: refuse(
        'NO_CHANGE',
        disabled ? 'The account is already disabled' : 'The account is not disabled',
      ),
    };
  }
  return { customer: await rows.byId(customerId), error: null };
}

/** Sends a link mail to a customer for an admin, recorded. */
async function sendLink(
  ctx: PortalContext,
  customerId: string,
  which: 'verification' | 'password_reset',
) {
  const admin = signedInAdmin(ctx.identity);
  const id = uuidArg(customerId, 'customerId');
  const accounts = ctx.accounts.customerAccounts;
  const outcome =
    which === 'verification'
      ? await accounts.sendVerificationTo(id)
      : await accounts.sendPasswordResetTo(id);
  switch (outcome) {
    case 'not_found':
      return { ok: false, error: refuse('NOT_FOUND', 'No such customer', 'customerId') };
    case 'disabled':
      return {
        ok: false,
        error: refuse('ACCOUNT_DISABLED', 'The account is disabled; enable it first'),
      };
    case 'already_verified':
      return {
        ok: false,
        error: refuse('ALREADY_VERIFIED', 'The email address is verified already'),
      };
  }
  await ctx.accounts.audit.recordAdminAction(
    admin,
    which === 'verification' ? 'admin.verification_resent' : 'admin.password_reset_sent',
    { kind: 'customer', id },
    {},
    ctx.meta,
  );
  return { ok: true, error: null };
}

export const adminPanelMutations: Pick<
  MutationResolvers,
  | 'disableCustomer'
  | 'enableCustomer'
  | 'adminResendVerification'
  | 'adminSendPasswordReset'
  | 'retryDelivery'
  | 'updateMailTemplate'
  | 'resetMailTemplate'
> = {
  disableCustomer: (_p, { id, reason }, ctx) => setDisabled(ctx, id, true, reason ?? null),
  enableCustomer: (_p, { id }, ctx) => setDisabled(ctx, id, false, null),
  adminResendVerification: (_p, { customerId }, ctx) => sendLink(ctx, customerId, 'verification'),
  adminSendPasswordReset: (_p, { customerId }, ctx) => sendLink(ctx, customerId, 'password_reset'),

  async retryDelivery(_p, { id }, ctx) {
    const admin = signedInAdmin(ctx.identity);
    const deliveryId = uuidArg(id, 'id');
    const outcome = await ctx.adminData.customers.transaction(async (tx) => {
      const r = await ctx.adminData.ops.retryDelivery(tx, deliveryId);
      if (r === 'done') {
        await ctx.accounts.audit.recordAdminAction(
          admin,
          'admin.delivery_retried',
          { kind: 'quote_submission', id: deliveryId },
          {},
          ctx.meta,
          tx,
        );
      }
      return r;
    });
    switch (outcome) {
      case 'not_found':
        return { ok: false, error: refuse('NOT_FOUND', 'No such delivery', 'id') };
      case 'delivered':
        return { ok: false, error: refuse('ALREADY_DELIVERED', 'The quote was delivered already') };
      case 'in_flight':
        return {
          ok: false,
          error: refuse('DELIVERY_IN_PROGRESS', 'An attempt is under way; try again when it ends'),
        };
    }
    ctx.wakeDelivery();
    return { ok: true, error: null };
  },

  async updateMailTemplate(_p, { input }, ctx) {
    const admin = signedInAdmin(ctx.identity);
    const t = checkedTemplate(input);
    if (t.error) return { template: null, error: t.error };
    await ctx.adminData.customers.transaction(async (tx) => {
      await ctx.accounts.mailTemplates.upsert(tx, t.kind, t.locale, t.text, admin.adminId);
      await ctx.accounts.audit.recordAdminAction(
        admin,
        'admin.mail_template_updated',
        { kind: 'mail_template', id: `${t.kind}:${t.locale}` },
        { subject: t.text.subject.slice(0, 200) },
        ctx.meta,
        tx,
      );
    });
    return { template: await templateView(ctx, t.kind, t.locale), error: null };
  },

  async resetMailTemplate(_p, { kind: apiKind, locale: apiLocale }, ctx) {
    const admin = signedInAdmin(ctx.identity);
    const kind = KIND_FROM_API[apiKind]!;
    const locale = localeFromApi(apiLocale);
    await ctx.adminData.customers.transaction(async (tx) => {
      if (await ctx.accounts.mailTemplates.remove(tx, kind, locale)) {
        await ctx.accounts.audit.recordAdminAction(
          admin,
          'admin.mail_template_reset',
          { kind: 'mail_template', id: `${kind}:${locale}` },
          {},
          ctx.meta,
          tx,
        );
      }
    });
    return { template: await templateView(ctx, kind, locale), error: null };
  },
};
