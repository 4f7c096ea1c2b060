import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconBuildingFactory2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface CompanyCardProps {
  name: string;
  slug: string;
  /** For a signed-in customer: whether the company is connected (and active)… */
  status?: ReactNode;
  /** …and the button to change it. */
  connection?: ReactNode;
}

export function CompanyCard({ name, slug, status, connection }: CompanyCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="company-card" component="article">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap">
            <IconBuildingFactory2 size={22} aria-hidden />
            <Title order={2} size="h4">
              {name}
            </Title>
          </Group>
          {status}
          <Text size="sm" c="dimmed">
            {t('companies.cardText')}
          </Text>
        </Stack>
        <Group>
          <Button
            component={Link}
            to={`/companies/${encodeURIComponent(slug)}/catalog`}
            aria-label={t('companies.catalogOf', { name })}
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            {t('companies.catalog')}
          </Button>
          {connection}
        </Group>
      </Stack>
    </Card>
  );
}
