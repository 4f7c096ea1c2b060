import { ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

/** The hash codegen embeds in every `graphql()` document (its key in persisted-documents.json). */
export function manifestHash(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * Trusted documents (docs/decisions/019-trusted-documents.md): an operation of the app is sent as
 * its manifest hash only (`extensions.persistedQuery`), which the gateway resolves from the
 * manifest built with the client. A document without a hash is sent in full.
 *
 * A gateway that does not know the hash (trusted documents `off`) answers
 * `PERSISTED_QUERY_NOT_FOUND`: the operation is sent again in full, and for the rest of the
 * session every operation is (Apollo would refuse a full document under a hash that is not its
 * own print's).
 */
export function createPersistedQueryLink(): ApolloLink {
  const persisted = new PersistedQueryLink({
    generateHash: (document) => manifestHash(document) ?? '',
    disable: ({ meta }) => meta.persistedQueryNotSupported || meta.persistedQueryNotFound,
  });
  return ApolloLink.split(
    ({ query }) => manifestHash(query) !== undefined,
    persisted,
    new ApolloLink((operation, forward) => forward(operation)),
  );
}
