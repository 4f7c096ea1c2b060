import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/settings/api-keys')).toBe('/settings/api-keys');
    expect(safeNextPath('/companies/turinova/catalog?q=tölgy&page=2#top')).toBe(
      '/companies/turinova/catalog?q=t%C3%B6lgy&page=2#top',
    );
  });

  it('goes home without a next', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });

  it.each([
    'https://evil.example/settings',
    '//evil.example/settings',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'settings',
    '/\t/evil.example',
    '/\n/evil.example',
    ' /settings',
    'http:/evil.example',
  ])('refuses %j, which could leave the site', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('does not send the customer back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/settings')).toBe('/');
  });

  it('resolves dot segments without leaving the site', () => {
    expect(safeNextPath('/settings/../../companies')).toBe('/companies');
  });
});

describe('signInPath', () => {
  it('asks to come back to the page', () => {
    expect(signInPath('/settings/billing?x=1')).toBe('/sign-in?next=%2Fsettings%2Fbilling%3Fx%3D1');
  });

  it('leaves out next for home and for unsafe paths', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});
