import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package, embedded into every PDF: pdfkit's built-in
 * fonts are WinAnsi and cannot print ő ű Ő Ű, and nothing may be fetched from the network.
 */
export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;
