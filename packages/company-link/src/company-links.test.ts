import { describe, expect, it } from 'vitest';
import type { CompanyDirectory, CompanyRecord } from './company-directory.ts';
import { createCompanyLinks } from './company-links.ts';
import { CompanyNotFoundError } from './errors.ts';

const ID = '5d9b1f8e-2a47-4c1e-9f0a-3b2c1d0e0001';

function directoryOf(record: CompanyRecord | null) {
  const state = { record };
  const directory: CompanyDirectory = { get: async () => state.record };
  return { state, directory };
}

const turinova: CompanyRecord = {
  id: ID,
  slug: 'turinova',
  name: 'Turinova',
  active: true,
  supabaseUrl: 'http://turinova.test',
  secretKey: 'key-1',
};

describe('company links', () => {
  it('keeps one link per company while its URL and key stay the same', async () => {
    const { directory } = directoryOf(turinova);
    const links = createCompanyLinks(directory);
    const first = await links.get(ID);
    expect(first).toMatchObject({ companyId: ID, slug: 'turinova' });
    expect(await links.get(ID)).toBe(first);
  });

  it('makes a new link when the URL or the key changes', async () => {
    const { state, directory } = directoryOf(turinova);
    const links = createCompanyLinks(directory);
    const first = await links.get(ID);
    state.record = { ...turinova, secretKey: 'key-2' };
    const second = await links.get(ID);
    expect(second).not.toBe(first);
    state.record = { ...turinova, secretKey: 'key-2', supabaseUrl: 'http://elsewhere.test' };
    expect(await links.get(ID)).not.toBe(second);
  });

  it('refuses an unknown or deactivated company', async () => {
    const { state, directory } = directoryOf(null);
    const links = createCompanyLinks(directory);
    await expect(links.get(ID)).rejects.toBeInstanceOf(CompanyNotFoundError);
    state.record = { ...turinova, active: false };
    await expect(links.get(ID)).rejects.toMatchObject({
      code: 'COMPANY_NOT_FOUND',
      companyId: ID,
    });
  });
});
