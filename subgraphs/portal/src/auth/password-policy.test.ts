import { describe, expect, it } from 'vitest';
import { PASSWORD_POLICY, passwordWeakness } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['Gyalulap-2026', null],
    ['lapszabász12', null],
    ['ÁRVÍZTŰRŐ tükör', null],
  ])('accepts %s', (password, expected) => {
    expect(passwordWeakness(password, 'anna@example.hu')).toBe(expected);
  });

  it.each([
    ['Short-1', 'anna@example.hu', /at least 10/],
    ['alllowercaseletters', 'anna@example.hu', /mix/],
    ['12345678901', 'anna@example.hu', /mix/],
    ['x'.repeat(PASSWORD_POLICY.maxLength + 1), 'anna@example.hu', /at most/],
    ['Anna@Example.hu', 'anna@example.hu', /email/],
    ['my anna@example.hu!', 'anna@example.hu', /email/],
    ['ANNA.KOVACS', 'anna.kovacs@example.hu', /email/],
  ])('refuses %s', (password, email, reason) => {
    expect(passwordWeakness(password, email)).toMatch(reason);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordWeakness('😀😀😀😀😀a', 'x@y.hu')).toMatch(/at least 10/);
  });
});
