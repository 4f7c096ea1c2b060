import { BadUserInputError } from '@portal/errors';
import type { CompanyHealthResolvers } from '../__generated__/resolvers-types.ts';

/** Longest history the System page may ask for: the default retention (a week). */
const MAX_HISTORY_HOURS = 168;

export const CompanyHealth: CompanyHealthResolvers = {
  async history(company, { hours }, ctx) {
    const h = hours ?? 24;
    if (!Number.isInteger(h) || h < 1 || h > MAX_HISTORY_HOURS) {
      throw new BadUserInputError(`\`hours\` must be 1–${MAX_HISTORY_HOURS}`, 'hours');
    }
    return ctx.systemHealth.history(company.id, h);
  },
};
