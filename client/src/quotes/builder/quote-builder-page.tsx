import { useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Loader, Stack, Text } from '@mantine/core';
import { IconBuildingOff, IconFileOff } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../__generated__/index.ts';
import { fieldError } from '../../apollo/field-error.ts';
import { retryQuery } from '../../apollo/retry-query.ts';
import { SectionErrorAlert } from '../../app/section-error-alert.tsx';
import { draftFromSaved, emptyDraft } from './quote-draft.ts';
import { QuoteEditor } from './quote-editor.tsx';
import type { SavedQuoteRef } from './use-quote-saver.ts';

const ActiveCompanyQuery = graphql(`
  query QuoteBuilder_ActiveCompany {
    me {
      id
      activeCompany {
        id
        name
        slug
      }
    }
  }
`);

const QuoteQuery = graphql(`
  query QuoteBuilder_Quote($id: ID!) {
    quote(id: $id) {
      id
      number
      status
      version
      updatedAt
      comment
      company {
        id
        name
        slug
      }
      panels {
        materialId
        widthMm
        heightMm
        quantity
        label
        edgeBandingA
        edgeBandingB
        edgeBandingC
        edgeBandingD
        hingeHoles
        hingeHoleSide
        doubling
        angleCut
      }
      accessories {
        accessoryId
        quantity
      }
      fees {
        feeTypeId
        quantity
      }
    }
  }
`);

function Loading() {
  const { t } = useTranslation();
  return (
    <Center mih={240} aria-busy="true">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text role="status" c="dimmed" size="sm">
          {t('quotes.builder.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

/** A new quote at the header's active company; once saved its company stays fixed. */
function NewQuote({ onCreated }: { onCreated: (quote: SavedQuoteRef) => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ActiveCompanyQuery);
  const [fixed, setFixed] = useState<{ id: string; name: string } | null>(null);
  const company = fixed ?? data?.me?.activeCompany ?? null;
  if (!company && loading) return <Loading />;
  if (!company && error) {
    const failure = fieldError(error, ['me']) ?? { kind: 'other' as const };
    return <SectionErrorAlert error={failure} onRetry={() => retryQuery(refetch)} />;
  }
  if (!company) {
    return (
      <EmptyState mt="xl" icon={<IconBuildingOff size={40} aria-hidden />}>
        <EmptyState.Title order={1}>{t('quotes.builder.noCompanyTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('quotes.builder.noCompanyText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/companies">
            {t('quotes.builder.chooseCompany')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    // Before the first save the quote follows the header's company switcher.
    <QuoteEditor
      key={company.id}
      company={company}
      initialDraft={emptyDraft()}
      saved={null}
      status="DRAFT"
      onCreated={(quote) => {
        setFixed(company);
        onCreated(quote);
      }}
    />
  );
}

/** A saved quote: a draft to edit, any other status read-only. */
function SavedQuote({ id }: { id: string }) {
  const { t } = useTranslation();
  // Always from the server: the editor starts from the saved version, never a cached one.
  const { data, loading, error, refetch } = useQuery(QuoteQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const quote = data?.quote;
  if (!quote && loading) return <Loading />;
  const failure = quote ? undefined : fieldError(error, ['quote']);
  if (!quote && (failure?.kind === 'not-found' || !failure || failure.code === 'BAD_USER_INPUT')) {
    return (
      <EmptyState mt="xl" icon={<IconFileOff size={40} aria-hidden />}>
        <EmptyState.Title order={1}>{t('quotes.builder.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('quotes.builder.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/quotes">
            {t('quotes.builder.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (!quote) {
    return (
      <SectionErrorAlert error={failure ?? { kind: 'other' }} onRetry={() => retryQuery(refetch)} />
    );
  }
  return (
    <QuoteEditor
      company={quote.company}
      initialDraft={draftFromSaved(quote)}
      saved={{ id: quote.id, number: quote.number, version: quote.version }}
      savedAt={quote.updatedAt}
      status={quote.status}
      onCreated={() => undefined}
    />
  );
}

/**
 * `/quotes/new` and `/quotes/:id`. A new quote's first save gives it an id: the address
 * becomes `/quotes/<id>` while the same editor stays on screen (nothing reloads, the cursor
 * stays in its cell). Every other change of address starts a fresh editor.
 */
export function QuoteBuilderPage() {
  const id = useParams().id ?? 'new';
  const navigate = useNavigate();
  // Editor keys by address; a created quote's id takes over the key of its `new` editor.
  const keys = useRef(new Map<string, string>());
  const adopted = useRef(new Set<string>());
  const counter = useRef(0);
  // A created quote keeps its editor only while the address stays on it.
  if (!adopted.current.has(id)) adopted.current.clear();
  let key = keys.current.get(id);
  if (!key) {
    counter.current += 1;
    key = `editor-${counter.current}`;
    keys.current.set(id, key);
  }
  if (id === 'new' || adopted.current.has(id)) {
    const editorKey = key;
    return (
      <NewQuote
        key={editorKey}
        onCreated={(quote) => {
          adopted.current.add(quote.id);
          keys.current.set(quote.id, editorKey);
          // The next "new quote" gets an editor of its own.
          keys.current.delete('new');
          navigate(`/quotes/${quote.id}`, { replace: true });
        }}
      />
    );
  }
  return <SavedQuote key={key} id={id} />;
}
