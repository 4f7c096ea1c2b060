import { describe, expect, it } from 'vitest';
import {
  firstBrokenRule,
  passwordRuleResults,
  passwordStrength,
  MIRRORED_PASSWORD_POLICY as policy,
} from './password-policy.ts';

describe('password rules (mirroring the API)', () => {
  it('wants the length first', () => {
    expect(firstBrokenRule('Rövid1', 'kata@example.com', policy)).toBe('length');
  });

  it('wants two kinds of characters', () => {
    expect(firstBrokenRule('csakkisbetuk', 'kata@example.com', policy)).toBe('classes');
    expect(firstBrokenRule('Gyalu-Forgacs', 'kata@example.com', policy)).toBeUndefined();
  });

  it('refuses the email address and its local part', () => {
    expect(firstBrokenRule('Kata@Example.com', 'kata@example.com', policy)).toBe('notEmail');
    expect(firstBrokenRule('KATALINKOVACS', 'katalinkovacs@example.com', policy)).toBe('classes');
    expect(firstBrokenRule('Katalinkovacs', 'katalinkovacs@example.com', policy)).toBe('notEmail');
  });

  it('lists every rule with whether it is met', () => {
    expect(passwordRuleResults('', '', policy)).toEqual([
      { rule: 'length', met: false },
      { rule: 'classes', met: false },
      { rule: 'notEmail', met: false },
    ]);
    expect(
      passwordRuleResults('Forgacs-2026', 'kata@example.com', policy).every((r) => r.met),
    ).toBe(true);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(firstBrokenRule('Ő'.repeat(9), '', policy)).toBe('length');
  });
});

describe('passwordStrength', () => {
  it('grows with length and variety', () => {
    expect(passwordStrength('')).toBe(0);
    expect(passwordStrength('abc')).toBe(1);
    expect(passwordStrength('aaaaaaaaaaaaaaaaaaaa')).toBe(1);
    expect(passwordStrength('Forgacs2026')).toBe(2);
    expect(passwordStrength('Forgacs-2026-Tolgy')).toBe(4);
  });
});
