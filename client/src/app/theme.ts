import { createTheme } from '@mantine/core';

// System fonts only: nothing may load from the internet, web fonts included.
const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts },
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  defaultRadius: 'sm',
});
