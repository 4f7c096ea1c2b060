import type { PortalKind, SignInAttempts } from '../data/sign-in-attempts.ts';

/** Five wrong passwords within a minute lock an email out; the sixth attempt is refused. */
export const LOCKOUT = Object.freeze({ maxFailures: 5, windowSeconds: 60 });

export type AttemptStart =
  | { locked: false; attemptId: string }
  | { locked: true; retryAfterSeconds: number };

/**
 * The per-email lockout. An attempt is recorded as `pending` before the password is checked
 * and counts as a failure until it succeeds, so parallel guesses cannot all slip under the
 * limit. Refused attempts during a lockout do not extend it (the owner gets back in a minute).
 * Unknown emails are counted the same way, so a lockout reveals nothing about accounts.
 */
export function createLockout(attempts: SignInAttempts) {
  return {
    async begin(kind: PortalKind, email: string): Promise<AttemptStart> {
      const emailKey = email.trim().toLowerCase();
      const attempt = await attempts.begin(kind, emailKey);
      const failures = await attempts.recentFailures(
        kind,
        emailKey,
        attempt.id,
        LOCKOUT.windowSeconds,
      );
      if (failures.length < LOCKOUT.maxFailures) return { locked: false, attemptId: attempt.id };
      await attempts.finish(attempt.id, 'locked');
      // Free again once the oldest of the last `maxFailures` failures leaves the window.
      const oldest = failures[LOCKOUT.maxFailures - 1]!;
      const freeAt = oldest.getTime() + LOCKOUT.windowSeconds * 1000;
      const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - attempt.at.getTime()) / 1000));
      return { locked: true, retryAfterSeconds };
    },

    finish: (attemptId: string, succeeded: boolean) =>
      attempts.finish(attemptId, succeeded ? 'succeeded' : 'failed'),
  };
}

export type Lockout = ReturnType<typeof createLockout>;
