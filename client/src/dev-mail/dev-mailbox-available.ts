import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/index.ts';

const DevMailboxProbe = graphql(`
  query DevMailboxAvailable_Probe {
    devMailbox(first: 1) {
      id
    }
  }
`);

/**
 * Whether this portal keeps its mail in the outbox instead of sending it (the embedded
 * default): then the development mail page exists. Anything else, errors included, hides it.
 */
export function useDevMailboxAvailable(): boolean {
  const { data } = useQuery(DevMailboxProbe, { fetchPolicy: 'cache-first' });
  return Array.isArray(data?.devMailbox);
}
