import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconBuildingOff } from '@tabler/icons-react';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../__generated__/index.ts';
import { fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import { CompanyContactDetails } from '../companies/company-contact-details.tsx';
import { AccessoriesTab } from './accessories-tab.tsx';
import { CatalogSearchInput } from './catalog-search-input.tsx';
import type { CatalogTabProps } from './catalog-tab-props.ts';
import { type CatalogTab, catalogTabs } from './catalog-url-state.ts';
import { CursorStacks } from './cursor-stacks.ts';
import { EdgeBandingsTab } from './edge-bandings-tab.tsx';
import { FeesTab } from './fees-tab.tsx';
import { LinearMaterialsTab } from './linear-materials-tab.tsx';
import { MaterialsTab } from './materials-tab.tsx';
import { PriceModeSwitch } from './price-mode-switch.tsx';
import { ServicesTab } from './services-tab.tsx';
import { useCatalogUrlState } from './use-catalog-url-state.ts';

const CompanyQuery = graphql(`
  query CatalogPage_Company($slug: String!) {
    company(slug: $slug) {
      id
      name
      slug
      contact {
        legalName
        address
        taxNumber
        phone
        email
        website
      }
    }
  }
`);

const tabComponents: Record<CatalogTab, ComponentType<CatalogTabProps>> = {
  materials: MaterialsTab,
  'edge-bandings': EdgeBandingsTab,
  'linear-materials': LinearMaterialsTab,
  accessories: AccessoriesTab,
  services: ServicesTab,
  fees: FeesTab,
};

/** `/companies/:slug/catalog`: one company's catalog in tabs, its view state in the URL. */
export function CatalogPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? '';
  const [state, update] = useCatalogUrlState();
  // Cursors of the pages seen during this visit, so "previous" needs no new reads.
  const [cursorStacks] = useState(() => new CursorStacks());
  const { data, loading, error, refetch } = useQuery(CompanyQuery, { variables: { slug } });
  const company = data?.company;
  const failure = company ? undefined : fieldError(error, ['company']);

  if (failure?.kind === 'not-found' || (!company && !loading && !failure)) {
    return (
      <EmptyState mt="xl" icon={<IconBuildingOff size={40} aria-hidden />}>
        <EmptyState.Title order={1}>{t('catalog.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('catalog.notFoundText', { slug })}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/companies">
            {t('catalog.backToCompanies')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  const catalog: CatalogTabProps | undefined = company
    ? { slug, companyName: company.name, state, update, cursorStacks }
    : undefined;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/companies" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            {t('catalog.backToCompanies')}
          </Group>
        </Anchor>
        {company ? (
          <Title order={1}>{company.name}</Title>
        ) : (
          <Skeleton height={34} width={320} aria-hidden />
        )}
        {company && <CompanyContactDetails contact={company.contact} />}
        <Text c="dimmed">{t('catalog.heading')}</Text>
      </Stack>

      {failure ? (
        <SectionErrorAlert error={failure} onRetry={() => retryQuery(refetch)} />
      ) : (
        <>
          <Group justify="space-between" align="flex-end" gap="md">
            {state.tab !== 'services' ? (
              <CatalogSearchInput
                value={state.q}
                onSearch={(q) => update({ q }, { replace: true })}
              />
            ) : (
              <div />
            )}
            <PriceModeSwitch
              value={state.price}
              onChange={(price) => update({ price }, { replace: true })}
            />
          </Group>

          <Tabs
            value={state.tab}
            onChange={(tab) => {
              const next = catalogTabs.find((value) => value === tab);
              if (next && next !== state.tab) update({ tab: next });
            }}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('catalog.tabsLabel')}>
              {catalogTabs.map((tab) => (
                <Tabs.Tab key={tab} value={tab}>
                  {t(`catalog.tabs.${tab}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {catalogTabs.map((tab) => {
              const TabContent = tabComponents[tab];
              return (
                <Tabs.Panel key={tab} value={tab} pt="md">
                  {catalog ? <TabContent {...catalog} /> : <Skeleton height={240} aria-hidden />}
                </Tabs.Panel>
              );
            })}
          </Tabs>
        </>
      )}
    </Stack>
  );
}
