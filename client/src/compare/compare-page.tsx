import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Compare_RunQuery } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { CompanyCard, type PickedSubstitute } from './company-card.tsx';
import { CompareLineTable } from './compare-line-table.tsx';
import { type Baseline, comparisonLines } from './compare-lines.ts';
import { linesForCompany, type QuoteLines, withoutTypename } from './copy-lines.ts';

const CompareSourceQuery = graphql(`
  query Compare_Source($id: ID!) {
    quote(id: $id) {
      id
      number
      company {
        id
        name
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
    me {
      id
      companies {
        company {
          id
          name
        }
      }
    }
  }
`);

const CompareQuery = graphql(`
  query Compare_Run(
    $source: ID!
    $input: QuoteInput!
    $companyIds: [ID!]!
    $substitutions: [CompareSubstitutionInput!]
  ) {
    compareQuote(
      sourceCompanyId: $source
      input: $input
      companyIds: $companyIds
      substitutions: $substitutions
    ) {
      companies {
        companyId
        status
        unavailable {
          code
          reason
        }
        pricing {
          finalTotal {
            amount
            currency
          }
          materials {
            material {
              id
              name
            }
            boardsUsed
            total {
              gross {
                amount
                currency
              }
            }
          }
          accessories {
            row
            accessory {
              id
              name
            }
            amounts {
              gross {
                amount
                currency
              }
            }
          }
          fees {
            row
            fee {
              id
              name
            }
            amounts {
              gross {
                amount
                currency
              }
            }
          }
        }
        matches {
          sourceId
          targetId
          how
        }
        missing {
          kind
          sourceId
          sourceName
          searched
        }
        substitutionsUsed {
          sourceId
          targetId
        }
      }
    }
  }
`);

const CopyQuoteMutation = graphql(`
  mutation Compare_Copy($input: QuoteDraftInput!) {
    createQuote(input: $input) {
      quote {
        id
      }
      error {
        code
        message
      }
    }
  }
`);

/** The most companies one comparison takes (the API's limit), the quote's own included. */
const MAX_COMPANIES = 5;

type Comparison = Compare_RunQuery['compareQuote'];
/** Picked substitutes: company id → the source id (lower case) → the pick. */
type Substitutions = Record<string, Record<string, PickedSubstitute>>;

type RefusedReason = 'NOT_FOUND' | 'INACTIVE' | 'WRONG_KIND' | 'OTHER';

/** Why a comparison was refused, as a text key of the customer's language. */
function compareErrorKey(
  error: ErrorLike,
):
  | `compare.substitute.refused.${RefusedReason}`
  | 'compare.errors.rateLimited'
  | 'compare.errors.refused'
  | 'compare.errors.network' {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const field = String(first?.extensions?.field ?? '');
    const reason = String(first?.extensions?.reason ?? '');
    if (field.startsWith('substitutions[')) {
      const known: RefusedReason[] = ['NOT_FOUND', 'INACTIVE', 'WRONG_KIND'];
      return `compare.substitute.refused.${known.find((k) => k === reason) ?? 'OTHER'}`;
    }
    if (first?.extensions?.code === 'RATE_LIMITED') return 'compare.errors.rateLimited';
    return 'compare.errors.refused';
  }
  return 'compare.errors.network';
}

/**
 * `/quotes/:id/compare`: the saved quote's cut list priced at the customer's connected
 * companies side by side (docs/compare.md): totals, line by line differences, missing items with
 * a substitute picker per company, and "copy to company X", which creates a draft there with
 * that company's rows (the substitutes included).
 */
export function ComparePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const client = useApolloClient();
  const source = useQuery(CompareSourceQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [copy] = useMutation(CopyQuoteMutation);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [substitutions, setSubstitutions] = useState<Substitutions>({});
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [baseline, setBaseline] = useState<Baseline>('cheapest');
  const [copyingTo, setCopyingTo] = useState<string | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);
  /** The latest run: an older answer arriving late is dropped. */
  const runId = useRef(0);

  const quote = source.data?.quote;
  if (!quote && source.loading) {
    return (
      <Center mih={240} aria-busy="true">
        <Loader aria-label={t('compare.loading')} />
      </Center>
    );
  }
  if (!quote) {
    return (
      <Alert
        color="red"
        mt="xl"
        title={source.error ? t('compare.loadFailed') : t('compare.notFound')}
      >
        <Group>
          {source.error && (
            <Button size="xs" variant="light" onClick={() => source.refetch()}>
              {t('compare.retry')}
            </Button>
          )}
          <Anchor component={Link} to="/quotes">
            {t('quotes.builder.backToList')}
          </Anchor>
        </Group>
      </Alert>
    );
  }
  const sourceId = quote.company.id;
  // Every connected company (`active` marks the one chosen in the header, not the connection).
  const connected = (source.data?.me?.companies ?? []).map((c) => c.company);
  const companies = [quote.company, ...connected.filter((c) => c.id !== sourceId)];
  // The quote's own company is always compared: the lines' names and the "to the original"
  // differences come from it.
  const others = chosen ?? companies.slice(1, MAX_COMPANIES).map((c) => c.id);
  const companyIds = [sourceId, ...others.filter((c) => c !== sourceId)];
  const nameOf = (companyId: string) =>
    companies.find((c) => c.id === companyId)?.name ?? companyId;
  const lines: QuoteLines = {
    panels: quote.panels.map(withoutTypename),
    accessories: quote.accessories.map(withoutTypename),
    fees: quote.fees.map(withoutTypename),
  };
  const empty = lines.panels.length + lines.accessories.length + lines.fees.length === 0;
  const results = comparison?.companies ?? [];
  const complete = results.filter((r) => r.status === 'PRICED' && r.pricing);
  const cheapest = complete.reduce<(typeof complete)[number] | null>(
    (best, r) =>
      !best || Number(r.pricing!.finalTotal.amount) < Number(best.pricing!.finalTotal.amount)
        ? r
        : best,
    null,
  );

  async function run(ids: string[], next: Substitutions) {
    const current = ++runId.current;
    setRunning(true);
    setRunError(null);
    setCopyError(null);
    const list = ids.flatMap((companyId) =>
      Object.values(next[companyId] ?? {}).map((s) => ({
        companyId,
        sourceId: s.sourceId,
        targetId: s.targetId,
      })),
    );
    try {
      const result = await client.query({
        query: CompareQuery,
        variables: { source: sourceId, input: lines, companyIds: ids, substitutions: list },
        // A comparison is computed for this request only: nothing to normalize or reuse (and
        // its rows of several companies are selected without `companyId`, the cache's key).
        fetchPolicy: 'no-cache',
      });
      if (current !== runId.current) return;
      if (result.error || !result.data) {
        setRunError(t(result.error ? compareErrorKey(result.error) : 'compare.errors.refused'));
        return;
      }
      setSubstitutions(next);
      setComparison(result.data.compareQuote);
    } catch (error) {
      if (current === runId.current) setRunError(t(compareErrorKey(error as ErrorLike)));
    } finally {
      if (current === runId.current) setRunning(false);
    }
  }

  const pick = (companyId: string, substitute: PickedSubstitute) =>
    run(companyIds, {
      ...substitutions,
      [companyId]: {
        ...substitutions[companyId],
        [substitute.sourceId.toLowerCase()]: substitute,
      },
    });
  const unpick = (companyId: string, sourceIdToDrop: string) => {
    const { [sourceIdToDrop.toLowerCase()]: _, ...rest } = substitutions[companyId] ?? {};
    return run(companyIds, { ...substitutions, [companyId]: rest });
  };

  async function copyTo(companyId: string, matches: (typeof results)[number]['matches']) {
    setCopyError(null);
    setCopyingTo(companyId);
    const mapped = linesForCompany(lines, matches);
    const result = await copy({ variables: { input: { companyId, ...mapped } } }).catch(
      (error: Error) => ({ data: null, error }),
    );
    setCopyingTo(null);
    const created = result.data?.createQuote.quote;
    if (created) {
      navigate(`/quotes/${created.id}`);
      return;
    }
    const message =
      result.data?.createQuote.error?.message ??
      ('error' in result && result.error ? result.error.message : '');
    setCopyError(t('compare.copyFailed', { message }));
  }

  const shown = results.map((r) => ({ id: r.companyId, name: nameOf(r.companyId) }));
  const table = comparison ? comparisonLines(lines, sourceId, results, baseline) : [];

  return (
    <Stack gap="md" mt="md">
      <Anchor component={Link} to={`/quotes/${quote.id}`} size="xs">
        {t('compare.backToQuote')}
      </Anchor>
      <Title order={1}>
        {t('compare.title')} · {quote.number}
      </Title>
      <Text c="dimmed">{t('compare.intro')}</Text>
      <Checkbox.Group
        label={t('compare.companies')}
        value={companyIds}
        onChange={(value) => setChosen(value.filter((c) => c !== sourceId))}
        error={companyIds.length > MAX_COMPANIES ? t('compare.tooMany') : undefined}
      >
        <Group mt="xs">
          {companies.map((c) => (
            <Checkbox
              key={c.id}
              value={c.id}
              disabled={c.id === sourceId}
              data-testid="compare-company-choice"
              label={c.id === sourceId ? `${c.name} (${t('compare.source')})` : c.name}
            />
          ))}
        </Group>
      </Checkbox.Group>
      {companies.length < 2 && <Text size="sm">{t('compare.noCompanies')}</Text>}
      {empty && <Text size="sm">{t('compare.emptyQuote')}</Text>}
      <Group>
        <Button
          loading={running}
          disabled={empty || companyIds.length > MAX_COMPANIES}
          data-testid="compare-run"
          onClick={() => run(companyIds, substitutions)}
        >
          {t('compare.run')}
        </Button>
        {running && (
          <Text size="sm" role="status">
            {t('compare.running')}
          </Text>
        )}
      </Group>
      {runError && (
        <Alert color="red" role="alert" data-testid="compare-error">
          {runError}
        </Alert>
      )}
      {copyError && (
        <Alert color="red" role="alert">
          {copyError}
        </Alert>
      )}
      {comparison && (
        <div aria-busy={running}>
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(3, Math.max(1, results.length)) }}>
              {results.map((r) => (
                <CompanyCard
                  key={r.companyId}
                  companyId={r.companyId}
                  name={nameOf(r.companyId)}
                  isSource={r.companyId === sourceId}
                  cheapest={cheapest?.companyId === r.companyId && complete.length > 1}
                  status={r.status}
                  unavailable={r.unavailable ?? null}
                  finalTotal={r.pricing?.finalTotal ?? null}
                  materials={r.pricing?.materials ?? []}
                  missing={r.missing}
                  substitutes={Object.values(substitutions[r.companyId] ?? {}).filter((s) =>
                    r.substitutionsUsed.some(
                      (u) => u.sourceId.toLowerCase() === s.sourceId.toLowerCase(),
                    ),
                  )}
                  busy={running || copyingTo !== null}
                  copying={copyingTo === r.companyId}
                  onPick={(substitute) => pick(r.companyId, substitute)}
                  onUnpick={(sourceIdToDrop) => unpick(r.companyId, sourceIdToDrop)}
                  onCopy={() => copyTo(r.companyId, r.matches)}
                />
              ))}
            </SimpleGrid>
            <CompareLineTable
              lines={table}
              companies={shown}
              sourceCompanyId={sourceId}
              baseline={baseline}
              onBaselineChange={setBaseline}
            />
          </Stack>
        </div>
      )}
    </Stack>
  );
}
