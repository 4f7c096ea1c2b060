import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { RequestIdNote } from '../app/request-id-note.tsx';

interface FormAlertProps {
  kind: 'error' | 'success' | 'info';
  title?: ReactNode;
  children: ReactNode;
  requestId?: string | undefined;
  testId?: string;
}

const looks = {
  error: { color: 'red', Icon: IconAlertCircle, role: 'alert' },
  success: { color: 'teal', Icon: IconCircleCheck, role: 'status' },
  info: { color: 'blue', Icon: IconInfoCircle, role: 'status' },
} as const;

/** A message over a form: why it failed (with the request id for support), or what happened. */
export function FormAlert({ kind, title, children, requestId, testId }: FormAlertProps) {
  const { color, Icon, role } = looks[kind];
  return (
    <Alert
      color={color}
      icon={<Icon aria-hidden />}
      title={title}
      role={role}
      data-testid={testId ?? `form-${kind}`}
    >
      <Stack gap="xs">
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        <RequestIdNote requestId={requestId} />
      </Stack>
    </Alert>
  );
}
