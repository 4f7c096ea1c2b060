import { describe, expect, it } from 'vitest';
import { adminSignInPath, safeAdminNextPath } from './admin-paths.ts';

describe('safeAdminNextPath', () => {
  it('keeps a path inside /admin', () => {
    expect(safeAdminNextPath('/admin/companies?q=x')).toBe('/admin/companies?q=x');
    expect(safeAdminNextPath('/admin')).toBe('/admin');
  });

  it.each([
    null,
    '',
    '/settings',
    '/administrator',
    '//evil.example/admin',
    '/admin/../settings',
    '/admin/sign-in',
    'https://evil.example/admin',
    '/admin\\x',
  ])('goes to the admin home for %j', (next) => {
    expect(safeAdminNextPath(next)).toBe('/admin');
  });
});

describe('adminSignInPath', () => {
  it('asks to come back', () => {
    expect(adminSignInPath('/admin/companies')).toBe('/admin/sign-in?next=%2Fadmin%2Fcompanies');
    expect(adminSignInPath('/admin')).toBe('/admin/sign-in');
  });
});
