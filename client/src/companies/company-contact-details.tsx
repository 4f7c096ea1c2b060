import { Anchor, Group, Text } from '@mantine/core';
import { IconMail, IconMapPin, IconPhone, IconReceiptTax, IconWorld } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CompanyContactValue {
  legalName?: string | null;
  address?: string | null;
  taxNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

/** A company's public contact details (`Company.contact`) on one wrapping line; nothing when none. */
export function CompanyContactDetails({ contact }: { contact: CompanyContactValue }) {
  const { t } = useTranslation();
  const items: { key: string; icon: ReactNode; label: string; value: ReactNode }[] = [];
  if (contact.address) {
    items.push({
      key: 'address',
      icon: <IconMapPin size={14} aria-hidden />,
      label: t('companies.contact.address'),
      value: contact.address,
    });
  }
  if (contact.phone) {
    items.push({
      key: 'phone',
      icon: <IconPhone size={14} aria-hidden />,
      label: t('companies.contact.phone'),
      value: (
        <Anchor href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} size="sm">
          {contact.phone}
        </Anchor>
      ),
    });
  }
  if (contact.email) {
    items.push({
      key: 'email',
      icon: <IconMail size={14} aria-hidden />,
      label: t('companies.contact.email'),
      value: (
        <Anchor href={`mailto:${contact.email}`} size="sm">
          {contact.email}
        </Anchor>
      ),
    });
  }
  if (contact.website) {
    items.push({
      key: 'website',
      icon: <IconWorld size={14} aria-hidden />,
      label: t('companies.contact.website'),
      value: (
        <Anchor href={contact.website} target="_blank" rel="noreferrer noopener" size="sm">
          {contact.website.replace(/^https?:\/\//, '')}
        </Anchor>
      ),
    });
  }
  if (contact.taxNumber) {
    items.push({
      key: 'taxNumber',
      icon: <IconReceiptTax size={14} aria-hidden />,
      label: t('companies.contact.taxNumber'),
      value: contact.taxNumber,
    });
  }
  if (!contact.legalName && items.length === 0) return null;
  return (
    <div data-testid="company-contact">
      {contact.legalName && (
        <Text size="sm" fw={500}>
          {contact.legalName}
        </Text>
      )}
      <Group gap="md" wrap="wrap">
        {items.map((item) => (
          <Group key={item.key} gap={4} wrap="nowrap" data-contact={item.key}>
            {item.icon}
            <Text size="sm" span c="dimmed">
              {item.label}:
            </Text>
            <Text size="sm" span>
              {item.value}
            </Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
