import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Connected" and "Active" on a company card of a signed-in customer. */
export function CompanyConnectionBadges({
  connected,
  active,
}: {
  connected: boolean;
  active: boolean;
}) {
  const { t } = useTranslation();
  if (!connected) return null;
  return (
    <Group gap={6}>
      <Badge variant="light" color="teal" data-testid="company-connected">
        {t('companyConnection.connected')}
      </Badge>
      {active && (
        <Badge variant="filled" data-testid="company-active">
          {t('companyConnection.active')}
        </Badge>
      )}
    </Group>
  );
}
