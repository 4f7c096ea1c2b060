/**
 * The password rules, as data: the API serves them (`Query.passwordPolicy`) so the client shows
 * them before the customer types, and the server checks the same numbers.
 */
export const PASSWORD_POLICY = Object.freeze({
  minLength: 10,
  /** argon2 takes any length; a cap keeps hashing cheap for absurd inputs. */
  maxLength: 200,
  /** Of lower-case, upper-case, digits and other characters. */
  minCharacterClasses: 2,
  notEmail: true,
});

const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** Why `password` breaks the policy (English, for the API message), or null when it is fine. */
export function passwordWeakness(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_POLICY.minLength) {
    return `Password must be at least ${PASSWORD_POLICY.minLength} characters long`;
  }
  if (length > PASSWORD_POLICY.maxLength) {
    return `Password must be at most ${PASSWORD_POLICY.maxLength} characters long`;
  }
  const classes = CLASSES.filter((c) => c.test(password)).length;
  if (classes < PASSWORD_POLICY.minCharacterClasses) {
    return 'Password must mix at least two of: lower-case letters, upper-case letters, digits, other characters';
  }
  const lowered = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (
    PASSWORD_POLICY.notEmail &&
    address &&
    (lowered.includes(address) || (local.length >= 4 && lowered === local))
  ) {
    return 'Password must not be your email address';
  }
  return null;
}
