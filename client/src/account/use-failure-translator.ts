import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { huAccount } from '../i18n/hu-account.ts';
import type { FailureTranslator } from './form-error-mapping.ts';

type KnownCode = keyof typeof huAccount.accountErrors;

const isKnown = (code: string): code is KnownCode => Object.hasOwn(huAccount.accountErrors, code);

/**
 * The customer's own text for a failure code: the API's English `message` is for developers,
 * the client speaks the customer's language. Unknown codes get the general text.
 */
export function useFailureTranslator(): FailureTranslator {
  const { t } = useTranslation();
  return useCallback<FailureTranslator>(
    (code, { seconds }) => {
      const key = isKnown(code) ? code : 'UNKNOWN';
      if (seconds && (code === 'RATE_LIMITED' || code === 'LOCKED_OUT')) {
        return t(`accountErrors.${code}_retry`, { seconds });
      }
      return t(`accountErrors.${key}`);
    },
    [t],
  );
}
