import { useMutation } from '@apollo/client/react';
import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import {
  IconBuildingFactory2,
  IconCheck,
  IconChevronDown,
  IconPlugConnected,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../__generated__/index.ts';
import { accountFailure } from '../account/account-failure.ts';
import { useFailureTranslator } from '../account/use-failure-translator.ts';

const SetActiveCompanyMutation = graphql(`
  mutation CompanySwitcher_SetActiveCompany($companyId: ID!) {
    setActiveCompany(companyId: $companyId) {
      customer {
        ...CustomerCompanies
      }
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

interface CompanyRef {
  id: string;
  name: string;
  slug: string;
}

interface CompanySwitcherProps {
  companies: { active: boolean; company: CompanyRef }[];
  activeCompany: CompanyRef | undefined;
}

/** The active company in the header; the menu switches among the connected ones. */
export function CompanySwitcher({ companies, activeCompany }: CompanySwitcherProps) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [setActive, { loading }] = useMutation(SetActiveCompanyMutation);
  const [failure, setFailure] = useState<string>();

  const choose = async (companyId: string) => {
    setFailure(undefined);
    const result = await setActive({ variables: { companyId } });
    const problem = accountFailure(result.data?.setActiveCompany.error, result.error);
    if (problem) setFailure(translate(problem.code, { seconds: problem.retryAfterSeconds }));
  };

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={260}>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          loading={loading}
          leftSection={<IconBuildingFactory2 size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('companySwitcher.label', {
            company: activeCompany?.name ?? t('companySwitcher.none'),
          })}
          data-testid="company-switcher"
          maw={{ base: 64, sm: 240 }}
        >
          {/* On phones the icon stands for it; the label (aria-label) still names it. */}
          <Text span size="xs" truncate visibleFrom="sm" data-testid="company-switcher-active">
            {activeCompany?.name ?? t('companySwitcher.choose')}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {failure && (
          <Text size="xs" c="red" px="sm" py={4} role="alert">
            {failure}
          </Text>
        )}
        {companies.length > 0 && <Menu.Label>{t('companySwitcher.heading')}</Menu.Label>}
        {companies.map(({ company, active }) => (
          <Menu.Item
            key={company.id}
            onClick={() => {
              if (!active) void choose(company.id);
            }}
            leftSection={
              active ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />
            }
            aria-current={active || undefined}
            data-testid="company-switcher-option"
            data-active={active || undefined}
          >
            {company.name}
            {active && <VisuallyHidden> ({t('companySwitcher.active')})</VisuallyHidden>}
          </Menu.Item>
        ))}
        {companies.length > 0 && <Menu.Divider />}
        <Menu.Item
          component={Link}
          to="/companies"
          leftSection={<IconPlugConnected size={16} aria-hidden />}
          data-testid="company-switcher-connect"
        >
          {t('companySwitcher.connectAnother')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
