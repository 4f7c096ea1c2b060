import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Checkbox,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../__generated__/index.ts';
import { formatMoney } from '../format/format-money.ts';
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
        active
        company {
          id
          name
        }
      }
    }
  }
`);

const CompareQuery = graphql(`
  query Compare_Run($source: ID!, $input: QuoteInput!, $companyIds: [ID!]!) {
    compareQuote(sourceCompanyId: $source, input: $input, companyIds: $companyIds) {
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

/** The most companies one comparison takes (the API's limit). */
const MAX_COMPANIES = 5;

/**
 * `/quotes/:id/compare`: the saved quote's cut list priced at the customer's connected
 * companies side by side (docs/compare.md), and "copy to company X", which creates a draft there
 * with that company's matching rows.
 */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const source = useQuery(CompareSourceQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [run, compared] = useLazyQuery(CompareQuery, { fetchPolicy: 'network-only' });
  const [copy, copying] = useMutation(CopyQuoteMutation);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);

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
      <Alert color="red" mt="xl" title={t('compare.notFound')}>
        <Anchor component={Link} to="/quotes">
          {t('quotes.builder.backToList')}
        </Anchor>
      </Alert>
    );
  }
  const connected = (source.data?.me?.companies ?? [])
    .filter((c) => c.active)
    .map((c) => c.company);
  const companies = [quote.company, ...connected.filter((c) => c.id !== quote.company.id)];
  const selected = chosen ?? companies.slice(0, MAX_COMPANIES).map((c) => c.id);
  const nameOf = (companyId: string) =>
    companies.find((c) => c.id === companyId)?.name ?? companyId;
  const lines: QuoteLines = {
    panels: quote.panels.map(withoutTypename),
    accessories: quote.accessories.map(withoutTypename),
    fees: quote.fees.map(withoutTypename),
  };
  const results = compared.data?.compareQuote.companies ?? [];
  const complete = results.filter((r) => r.status === 'PRICED' && r.pricing);
  const cheapest = complete.reduce<(typeof complete)[number] | null>(
    (best, r) =>
      !best || Number(r.pricing!.finalTotal.amount) < Number(best.pricing!.finalTotal.amount)
        ? r
        : best,
    null,
  );

  async function copyTo(companyId: string, matches: (typeof results)[number]['matches']) {
    setCopyError(null);
    const mapped = linesForCompany(lines, matches);
    const result = await copy({ variables: { input: { companyId, ...mapped } } }).catch(
      (error: Error) => ({ data: null, error }),
    );
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
        value={selected}
        onChange={(value) => setChosen(value)}
        error={selected.length > MAX_COMPANIES ? t('compare.tooMany') : undefined}
      >
        <Group mt="xs">
          {companies.map((c) => (
            <Checkbox
              key={c.id}
              value={c.id}
              label={c.id === quote.company.id ? `${c.name} (${t('compare.source')})` : c.name}
            />
          ))}
        </Group>
      </Checkbox.Group>
      {companies.length < 2 && <Text size="sm">{t('compare.noCompanies')}</Text>}
      <Group>
        <Button
          loading={compared.loading}
          disabled={selected.length === 0 || selected.length > MAX_COMPANIES}
          onClick={() =>
            run({
              variables: { source: quote.company.id, input: lines, companyIds: selected },
            })
          }
        >
          {t('compare.run')}
        </Button>
        {compared.loading && <Text size="sm">{t('compare.running')}</Text>}
      </Group>
      {compared.error && (
        <Alert color="red" role="alert">
          {compared.error.message}
        </Alert>
      )}
      {copyError && (
        <Alert color="red" role="alert">
          {copyError}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(3, Math.max(1, results.length)) }}>
        {results.map((r) => (
          <Card key={r.companyId} withBorder data-testid={`compare-${r.companyId}`}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={2} size="h4">
                  {nameOf(r.companyId)}
                </Title>
                {cheapest?.companyId === r.companyId && (
                  <Badge color="green">{t('compare.cheapest')}</Badge>
                )}
              </Group>
              <Badge
                variant="light"
                color={
                  r.status === 'PRICED' ? 'blue' : r.status === 'INCOMPLETE' ? 'yellow' : 'red'
                }
              >
                {t(`compare.status.${r.status}`)}
              </Badge>
              {r.unavailable && (
                <Text size="sm" c="red">
                  {t(`compare.unavailable.${r.unavailable.code}`, {
                    defaultValue: r.unavailable.code,
                  })}
                </Text>
              )}
              {r.pricing && (
                <>
                  <Text fw={700} size="xl">
                    {t('compare.finalTotal')}: {formatMoney(r.pricing.finalTotal, i18n.language)}
                  </Text>
                  <Text size="sm" fw={500}>
                    {t('compare.boardsUsed')}
                  </Text>
                  <List size="sm">
                    {r.pricing.materials.map((m) => (
                      <List.Item key={m.material.id}>
                        {m.material.name}: {t('compare.boards', { count: m.boardsUsed })}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
              {r.missing.length > 0 && (
                <>
                  <Text size="sm" fw={500}>
                    {t('compare.missingTitle')}
                  </Text>
                  <List size="sm">
                    {r.missing.map((m) => (
                      <List.Item key={m.sourceId}>
                        {m.sourceName}{' '}
                        <Text span c="dimmed" size="xs">
                          {t('compare.searched', { searched: m.searched })}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
              {r.pricing && r.companyId !== quote.company.id && (
                <Button
                  variant="light"
                  loading={copying.loading}
                  onClick={() => copyTo(r.companyId, r.matches)}
                >
                  {t('compare.copy', { company: nameOf(r.companyId) })}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
