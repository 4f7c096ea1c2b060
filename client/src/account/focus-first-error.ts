import type { FormErrors } from '@mantine/form';

/**
 * Moves the keyboard focus to the first field (in page order) that has an error, so a
 * keyboard or screen reader user lands on what to fix. Fields are found by the `data-path`
 * attribute @mantine/form gives every input; runs after React has shown the messages.
 */
export function focusFirstError(errors: FormErrors, formName?: string): void {
  const paths = Object.keys(errors).filter((path) => errors[path]);
  if (paths.length === 0) return;
  requestAnimationFrame(() => {
    const nodes = paths
      .map((path) =>
        document.querySelector<HTMLElement>(
          `[data-path="${CSS.escape(formName ? `${formName}-${path}` : path)}"]`,
        ),
      )
      .filter((node): node is HTMLElement => node !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    nodes[0]?.focus();
  });
}
