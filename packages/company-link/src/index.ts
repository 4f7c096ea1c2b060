export {
  type CatalogCache,
  type CatalogCacheOptions,
  type CatalogCacheStats,
  createCatalogCache,
  DEFAULT_CATALOG_CACHE_ENTRIES,
  DEFAULT_VERSION_TTL_MS,
} from './catalog-cache.ts';
export {
  type CatalogItemLoader,
  type CatalogKey,
  type CatalogLoaders,
  type CatalogLoadersOptions,
  createCatalogLoaders,
} from './catalog-loaders.ts';
export {
  type CompanyDirectory,
  type CompanyRecord,
  createDbCompanyDirectory,
  type DbCompanyDirectoryOptions,
} from './company-directory.ts';
export {
  type CallEvent,
  type CompanyLink,
  type CompanyLinkOptions,
  createCompanyLink,
  DEFAULT_SUBMIT_TIMEOUT_MS,
  DEFAULT_TIMEOUT_MS,
} from './company-link.ts';
export {
  type CompanyCallStats,
  type CompanyLinks,
  type CompanyLinksOptions,
  createCompanyLinks,
  type GuardedCompanyLinks,
} from './company-links.ts';
export {
  type Accessory,
  CONTRACT_VERSION,
  type ContractFunction,
  type EdgeBanding,
  type FeeType,
  isUuid,
  type LinearMaterial,
  type Material,
  type MaterialFilters,
  type MaterialSearchArgs,
  type MaterialSettings,
  type NamedRef,
  SEARCH_LIMIT_MAX,
  type SearchArgs,
  type SearchResult,
  type Services,
  SUBMIT_QUOTE_ERRORS,
  type SubmitQuotePayload,
  type SubmitQuoteResult,
  submitQuoteDocument,
} from './contract.ts';
export {
  type CompanyLinkError,
  CompanyNotFoundError,
  CompanyRequestError,
  CompanyUnavailableError,
  isCompanyLinkError,
  type UnavailableReason,
} from './errors.ts';
export {
  type CompanyLinkMetrics,
  createCompanyLinkMetrics,
} from './metrics.ts';
export {
  ORDER_UPDATES_LIMIT_MAX,
  type OrderUpdate,
  type OrderUpdates,
  orderUpdateRow,
  orderUpdatesRow,
} from './order-updates.ts';
export {
  type CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitState,
  type ConcurrencyLimit,
  createCircuitBreaker,
  createConcurrencyLimit,
  DEFAULT_CIRCUIT_COOLDOWN_MS,
  DEFAULT_CIRCUIT_FAILURE_THRESHOLD,
  DEFAULT_COMPANY_CONCURRENCY,
} from './resilience.ts';
export { decryptSecret, encryptSecret, parseEncryptionKey, SecretBoxError } from './secret-box.ts';
