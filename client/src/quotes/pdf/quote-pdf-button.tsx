import { Button, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionManager } from '../../auth/session-context.tsx';
import { fileNameFrom, type PdfFailure, pdfFailure, quotePdfUrl } from './quote-pdf-download.ts';

interface QuotePdfButtonProps {
  quoteId: string;
  /** The quote number, for the file name when the server gives none. */
  number?: string | undefined;
}

/** Saves a blob through the browser's download (an object URL and a `download` link). */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the URL to the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads the quote's PDF from the gateway, in the language the page is shown in. A plain
 * link cannot carry the access token (it lives in memory, not in a cookie), so the file is
 * fetched with it and saved from memory. A rejected token is renewed once, like the Apollo link
 * does.
 */
export function QuotePdfButton({ quoteId, number }: QuotePdfButtonProps) {
  const { t, i18n } = useTranslation();
  const session = useSessionManager();
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<PdfFailure | null>(null);

  const download = async () => {
    setLoading(true);
    setFailure(null);
    try {
      const url = quotePdfUrl(quoteId, i18n.resolvedLanguage ?? i18n.language);
      const get = (token: string | undefined) =>
        fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const token = await session.accessTokenForRequest();
      let response = await get(token);
      if (response.status === 401 && token) {
        response = await get(await session.tokenAfterRejection(token));
      }
      if (!response.ok) {
        setFailure(pdfFailure(response.status));
        return;
      }
      const fallback = `${number ?? 'quote'}.pdf`;
      saveBlob(
        await response.blob(),
        fileNameFrom(response.headers.get('content-disposition'), fallback),
      );
    } catch {
      setFailure('failed');
    } finally {
      setLoading(false);
    }
  };

  const message = {
    'signed-out': t('quotes.pdf.signedOut'),
    'not-found': t('quotes.pdf.notFound'),
    failed: t('quotes.pdf.failed'),
  };

  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        loading={loading}
        onClick={download}
        data-testid="quote-pdf-download"
      >
        {loading ? t('quotes.pdf.downloading') : t('quotes.pdf.download')}
      </Button>
      {failure && (
        <Text size="sm" c="red" role="alert" data-testid="quote-pdf-error">
          {message[failure]}
        </Text>
      )}
    </Stack>
  );
}
