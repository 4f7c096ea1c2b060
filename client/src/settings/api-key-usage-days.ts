/** One day of a key's use, as `ApiKey.usage` answers it (days without use are left out). */
export interface UsageDay {
  day: string;
  requests: number;
  errors: number;
  rateLimited: number;
}

/** The `days` days up to `today` (UTC, oldest first), zero where the key was not used. */
export function usageDays(usage: readonly UsageDay[], today: Date, days = 30): UsageDay[] {
  const byDay = new Map(usage.map((u) => [u.day, u]));
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return byDay.get(day) ?? { day, requests: 0, errors: 0, rateLimited: 0 };
  });
}

/** The sums over the days. */
export function usageTotals(usage: readonly UsageDay[]) {
  return usage.reduce(
    (sum, u) => ({
      requests: sum.requests + u.requests,
      errors: sum.errors + u.errors,
      rateLimited: sum.rateLimited + u.rateLimited,
    }),
    { requests: 0, errors: 0, rateLimited: 0 },
  );
}
