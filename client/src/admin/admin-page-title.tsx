import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The heading of an admin page, with its actions (buttons) on the right. */
export function AdminPageTitle({
  children,
  actions,
}: {
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Title order={1} size="h2">
        {children}
      </Title>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
