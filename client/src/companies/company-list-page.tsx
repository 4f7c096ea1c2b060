import { useQuery } from '@apollo/client/react';
import {
  Card,
  EmptyState,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconBuildingOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/index.ts';
import { fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import { useSession } from '../auth/session-context.tsx';
import { CompanyCard } from './company-card.tsx';
import { CompanyConnection } from './company-connection.tsx';
import { CompanyConnectionBadges } from './company-connection-badges.tsx';

const CompaniesQuery = graphql(`
  query CompanyList_Companies {
    companies {
      id
      name
      slug
    }
  }
`);

// The customer's connections, when signed in: each card gets its connect / disconnect button.
const ConnectionsQuery = graphql(`
  query CompanyList_Connections {
    me {
      id
      companies {
        active
        company {
          id
          name
          slug
        }
      }
    }
  }
`);

const GRID_COLUMNS = { base: 1, sm: 2, lg: 3 };

/** `/` and `/companies`: the active companies, each with the way to its catalog. */
export function CompanyListPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CompaniesQuery);
  const companies = data?.companies;
  const failure = companies ? undefined : fieldError(error, ['companies']);
  const signedIn = useSession().status === 'signed-in';
  const connections = useQuery(ConnectionsQuery, { skip: !signedIn }).data?.me?.companies;
  const connectionOf = (companyId: string) =>
    connections?.find((connection) => connection.company.id === companyId);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('companies.title')}</Title>
        <Text c="dimmed">{t('companies.intro')}</Text>
      </Stack>
      {failure ? (
        <SectionErrorAlert
          error={failure}
          title={t('companies.errorTitle')}
          onRetry={() => retryQuery(refetch)}
        />
      ) : loading && !companies ? (
        <div aria-busy="true">
          <VisuallyHidden role="status">{t('companies.loading')}</VisuallyHidden>
          <SimpleGrid cols={GRID_COLUMNS}>
            {[1, 2, 3].map((key) => (
              <Card key={key} withBorder padding="lg" aria-hidden>
                <Skeleton height={22} width="60%" mb="sm" />
                <Skeleton height={12} mb={6} />
                <Skeleton height={12} width="80%" mb="lg" />
                <Skeleton height={34} width={120} />
              </Card>
            ))}
          </SimpleGrid>
        </div>
      ) : companies && companies.length > 0 ? (
        <SimpleGrid cols={GRID_COLUMNS}>
          {companies.map((company) => (
            <CompanyCard
              key={company.id}
              name={company.name}
              slug={company.slug}
              status={
                signedIn && connections ? (
                  <CompanyConnectionBadges
                    connected={connectionOf(company.id) !== undefined}
                    active={connectionOf(company.id)?.active ?? false}
                  />
                ) : undefined
              }
              connection={
                signedIn && connections ? (
                  <CompanyConnection
                    companyId={company.id}
                    companyName={company.name}
                    connected={connectionOf(company.id) !== undefined}
                  />
                ) : undefined
              }
            />
          ))}
        </SimpleGrid>
      ) : (
        <EmptyState icon={<IconBuildingOff size={40} aria-hidden />} mt="xl">
          <EmptyState.Title order={2}>{t('companies.emptyTitle')}</EmptyState.Title>
          <EmptyState.Description>{t('companies.emptyText')}</EmptyState.Description>
        </EmptyState>
      )}
    </Stack>
  );
}
