import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { splitLinks } from './split-links.ts';

/**
 * Plain text with its http(s) links clickable. The mail's HTML body is never rendered: a
 * name with markup in it must stay text here too.
 */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never move; the index is stable.
          <Anchor key={index} href={part.href} data-testid="dev-mail-link">
            {part.text}
          </Anchor>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
