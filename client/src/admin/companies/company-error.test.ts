import { describe, expect, it } from 'vitest';
import { slugFromName } from './company-error.ts';

describe('slugFromName', () => {
  it('drops accents and joins words with single hyphens', () => {
    expect(slugFromName('Kecskeméti Bútorlap Kft.')).toBe('kecskemeti-butorlap-kft');
    expect(slugFromName('  Őrült -- Ügyes  ')).toBe('orult-ugyes');
  });

  it('keeps at most 60 characters without a trailing hyphen', () => {
    const slug = slugFromName(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
  });
});
