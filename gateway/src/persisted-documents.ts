import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { PortalError } from '@portal/errors';
import type { Identity } from '@portal/identity';
import type { GatewayContext } from './gateway-context.ts';

/**
 * Trusted documents (docs/decisions/019-trusted-documents.md): the web client's operations,
 * registered at build in a manifest (`npm run codegen`: sha256 of each document → its text).
 *
 * - `off`: the manifest is not read; only automatic persisted queries.
 * - `allow`: a manifest hash runs its document; any other document runs too.
 * - `enforce`: besides, a caller that is neither an admin nor a partner API key may run only
 *   manifest documents; anything else is refused with 400 `PERSISTED_QUERY_REQUIRED`.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'enforce';

export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'enforce'] as const;

/** sha256 (hex) of a document → the document, as the client preset writes it. */
export type PersistedDocumentManifest = ReadonlyMap<string, string>;

/** Where `npm run codegen` writes the web client's manifest. */
export const DEFAULT_MANIFEST_URL = new URL(
  '../../client/src/__generated__/persisted-documents.json',
  import.meta.url,
);

export function sha256Hex(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * The manifest that belongs to the client this gateway serves: the one its build copied into
 * `clientDist` (client/vite.config.ts), else the one `npm run codegen` wrote in the source.
 */
export function defaultManifestPath(clientDist?: string): URL | string {
  const built = clientDist ? join(clientDist, 'persisted-documents.json') : undefined;
  return built && existsSync(built) ? built : DEFAULT_MANIFEST_URL;
}

/** Reads a manifest and checks that every hash is its document's, so none can be smuggled in. */
export function loadManifest(path: URL | string = DEFAULT_MANIFEST_URL): PersistedDocumentManifest {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${String(path)}: a persisted documents manifest is a JSON object`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string' || sha256Hex(document) !== hash) {
      throw new Error(`${String(path)}: ${hash} is not the sha256 of its document`);
    }
    manifest.set(hash, document);
  }
  return manifest;
}

/** Admins (the explorer) and partner keys (their own integrations) may send any document. */
export const mayRunAnyDocument = (identity: Identity): boolean =>
  identity.kind === 'admin' || identity.kind === 'partner';

export function trustedDocumentsPlugin(
  mode: TrustedDocumentsMode,
  manifest: PersistedDocumentManifest,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (mode === 'off' || contextValue.subscriptionEvent) return;
      const hash = persistedHash(request.extensions);
      if (request.query === undefined && hash !== undefined) {
        const document = manifest.get(hash);
        if (document !== undefined) {
          // Runs as if sent in full; without the APQ extension it is not copied into the cache.
          request.query = document;
          const { persistedQuery: _resolved, ...rest } = request.extensions ?? {};
          request.extensions = rest;
        }
      }
      if (mode !== 'enforce' || mayRunAnyDocument(contextValue.identity)) return;
      return {
        // Apollo hashes the document it runs (the APQ hash of a cached one, which was checked
        // against its document when it was registered).
        async didResolveOperation({ queryHash }) {
          if (manifest.has(queryHash)) return;
          throw new PortalError(
            'PERSISTED_QUERY_REQUIRED',
            'Only the web client’s registered operations may be sent here; use a partner API key to send your own documents',
            { http: { status: 400 } },
          );
        },
      };
    },
  };
}

function persistedHash(extensions: Record<string, unknown> | undefined): string | undefined {
  const persisted = extensions?.persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const hash = (persisted as { sha256Hash?: unknown }).sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}
