import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../apollo/live-context.tsx';

/**
 * "Live" while a page receives pushed changes, "reconnecting" while the connection is being
 * restored; nothing while no page subscribes (the connection is lazy).
 */
export function LiveIndicator() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  if (status !== 'live' && status !== 'reconnecting') return null;
  const live = status === 'live';
  return (
    <Tooltip label={live ? t('live.liveHint') : t('live.reconnectingHint')}>
      <Badge
        color={live ? 'teal' : 'orange'}
        variant={live ? 'dot' : 'light'}
        size="sm"
        data-testid="live-indicator"
        data-status={status}
        aria-live="polite"
      >
        {live ? t('live.live') : t('live.reconnecting')}
      </Badge>
    </Tooltip>
  );
}
