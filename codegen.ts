import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Server: resolver types per subgraph from its own SDL (federation-aware, mappers to the
// shapes resolvers really receive). Client: the client preset over the composed API schema.
const scalars = {
  Decimal: 'string',
  DateTime: 'string',
  // `BoardLayout.diagram` (company-catalog schema.graphql): placements [x, y, w, h, rotated, row].
  BoardDiagram:
    '{ placements: Array<[number, number, number, number, 0 | 1, number]>; cuts: Array<[number, number, number, number]>; labels: Record<string, string> }',
};

const generates: CodegenConfig['generates'] = {
  'subgraphs/portal/src/__generated__/resolvers-types.ts': {
    schema: 'subgraphs/portal/src/schema.graphql',
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      contextType: '../context.ts#PortalContext',
      mappers: {
        Company: '../data/company-rows.ts#CompanyRow',
        Customer: '../data/customer-rows.ts#CustomerRow',
        CustomerCompany: '../data/customer-company-rows.ts#CustomerCompanyRow',
        Admin: '../data/admin-rows.ts#AdminRow',
        AdminQuery: '../data/admin-rows.ts#AdminNamespace',
        AdminCustomer: '../data/admin-customer-rows.ts#AdminCustomerRow',
        AdminCustomerCompany: '../data/admin-customer-rows.ts#AdminCustomerCompanyRow',
        AdminCustomerQuote: '../data/admin-customer-rows.ts#AdminCustomerQuoteRow',
        AdminCustomerOrder: '../data/admin-customer-rows.ts#AdminCustomerOrderRow',
        QueuedDelivery: '../data/admin-ops-rows.ts#QueuedDeliveryRow',
        OrderNotificationMail: '../data/admin-ops-rows.ts#NotificationRow',
        FailingCompany: '../data/admin-ops-rows.ts#FailingCompanyRow',
        AdminDashboard: '../data/admin-ops-rows.ts#DashboardParent',
        AdminMailOutbox: '../data/admin-ops-rows.ts#MailOutboxParent',
        MailTemplate: '../mail/mail-templates.ts#MailTemplateView',
        CompanyHealth: '../system/system-health.ts#CompanyHealthModel',
        ApiKey: '../data/api-key-rows.ts#ApiKeyRow',
        AuditEvent: '../data/audit-log-rows.ts#AuditEventRow',
        MailMessage: '../data/mail-outbox.ts#MailRow',
        Quote: '../data/quote-rows.ts#QuoteRow',
        Order: '../data/order-rows.ts#OrderRow',
        OrderEvent: '../data/order-rows.ts#OrderEventRow',
      },
      scalars,
      useTypeImports: true,
      // String unions, not TS enums: resolvers return the GraphQL names directly.
      enumsAsTypes: true,
    },
  },
  'subgraphs/company-catalog/src/__generated__/resolvers-types.ts': {
    schema: 'subgraphs/company-catalog/src/schema.graphql',
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      contextType: '../context.ts#CatalogContext',
      mappers: {
        Company: '../mappers.ts#CompanyRef',
        Material: '../mappers.ts#MaterialModel',
        EdgeBanding: '../mappers.ts#EdgeBandingModel',
        LinearMaterial: '../mappers.ts#LinearMaterialModel',
        Accessory: '../mappers.ts#AccessoryModel',
        Fee: '../mappers.ts#FeeModel',
        CompanyServices: '../mappers.ts#ServicesModel',
      },
      scalars,
      useTypeImports: true,
      // String unions, not TS enums: resolvers return the GraphQL names directly.
      enumsAsTypes: true,
    },
  },
  'client/src/__generated__/': {
    schema: 'gateway/schema.graphql',
    documents: ['client/src/**/*.{ts,tsx}', '!client/src/__generated__/**'],
    preset: 'client',
    presetConfig: {
      fragmentMasking: false,
      // Trusted documents (docs/decisions/019): persisted-documents.json, sha256 → document, read
      // by the gateway; each document carries its hash (`__meta__.hash`), which the client sends.
      // Bare hex, as Apollo's persisted-query protocol sends it (the preset's 'sha256' prefixes it).
      persistedDocuments: {
        mode: 'embedHashInDocument',
        hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
      },
    },
    // The gateway runs the manifest's text, not what Apollo Client would print: it must select
    // `__typename` the way Apollo Client's cache needs.
    documentTransforms: [addTypenameSelectionDocumentTransform],
    config: { scalars, useTypeImports: true, enumsAsTypes: true },
  },
};

// CODEGEN_ONLY=server|client generates one side only (handy while the other side is mid-edit).
const only = process.env.CODEGEN_ONLY;
const keep = (target: string) =>
  !only || (only === 'client' ? target.startsWith('client/') : !target.startsWith('client/'));

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(Object.entries(generates).filter(([target]) => keep(target))),
};

export default config;
