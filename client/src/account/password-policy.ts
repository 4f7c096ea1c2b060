/** The rules a new password must meet, as `Query.passwordPolicy` serves them. */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  minCharacterClasses: number;
  notEmail: boolean;
}

/**
 * The server's rules, mirrored for the moment before the API has answered (or when it
 * cannot): the rules are shown up front, before the customer types.
 */
export const MIRRORED_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 10,
  maxLength: 200,
  minCharacterClasses: 2,
  notEmail: true,
};

export type PasswordRule = 'length' | 'classes' | 'notEmail';

const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** How many character classes (lower, upper, digit, other) a password mixes. */
export function characterClasses(password: string): number {
  return CLASSES.filter((c) => c.test(password)).length;
}

/** Whether the password is (or contains) the email address, as the server checks it. */
function resemblesEmail(password: string, email: string): boolean {
  const address = email.trim().toLowerCase();
  if (!address) return false;
  const lowered = password.toLowerCase();
  const local = address.split('@')[0] ?? '';
  return lowered.includes(address) || (local.length >= 4 && lowered === local);
}

/** Each rule of the policy and whether the password meets it, in the order they are shown. */
export function passwordRuleResults(
  password: string,
  email: string,
  policy: PasswordPolicy,
): { rule: PasswordRule; met: boolean }[] {
  const length = [...password].length;
  const results: { rule: PasswordRule; met: boolean }[] = [
    { rule: 'length', met: length >= policy.minLength && length <= policy.maxLength },
    { rule: 'classes', met: characterClasses(password) >= policy.minCharacterClasses },
  ];
  if (policy.notEmail) {
    results.push({
      rule: 'notEmail',
      met: password.length > 0 && !resemblesEmail(password, email),
    });
  }
  return results;
}

/** The first rule the password breaks, or undefined when it meets them all. */
export function firstBrokenRule(
  password: string,
  email: string,
  policy: PasswordPolicy,
): PasswordRule | undefined {
  return passwordRuleResults(password, email, policy).find((r) => !r.met)?.rule;
}

export type PasswordStrength = 0 | 1 | 2 | 3 | 4;

/**
 * A rough hint, 0 (empty) to 4 (strong), from length and variety; it encourages, the policy
 * decides. Repeating one character counts once.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (!password) return 0;
  const distinct = new Set(password).size;
  const length = [...password].length;
  let score = 0;
  if (length >= 10) score += 1;
  if (length >= 14) score += 1;
  if (characterClasses(password) >= 3) score += 1;
  if (distinct >= 8 && length >= 12) score += 1;
  if (distinct <= 3) score = 0;
  return Math.max(1, Math.min(4, score)) as PasswordStrength;
}
