import { describe, expect, it } from 'vitest';
import { fileNameFrom, pdfFailure, quotePdfUrl } from './quote-pdf-download.ts';

describe('quote PDF download', () => {
  it('asks for the current language, Hungarian by default', () => {
    expect(quotePdfUrl('abc', 'en')).toBe('/api/quotes/abc/pdf?lang=en');
    expect(quotePdfUrl('a/b', 'de')).toBe('/api/quotes/a%2Fb/pdf?lang=hu');
  });

  it('takes the file name the server gives, never a path', () => {
    expect(fileNameFrom('attachment; filename="PQ-2026-001.pdf"', 'x.pdf')).toBe('PQ-2026-001.pdf');
    expect(fileNameFrom('attachment; filename=PQ-2026-002.pdf', 'x.pdf')).toBe('PQ-2026-002.pdf');
    expect(fileNameFrom('attachment; filename="../etc/passwd"', 'x.pdf')).toBe('x.pdf');
    expect(fileNameFrom(null, 'x.pdf')).toBe('x.pdf');
  });

  it('explains a failure by its status', () => {
    expect(pdfFailure(401)).toBe('signed-out');
    expect(pdfFailure(404)).toBe('not-found');
    expect(pdfFailure(503)).toBe('failed');
  });
});
