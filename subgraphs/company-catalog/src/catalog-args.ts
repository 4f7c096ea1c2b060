import { isUuid, type MaterialSearchArgs } from '@portal/company-link';
import { BadUserInputError } from '@portal/errors';
import type { MaterialFilter } from './__generated__/resolvers-types.ts';

export const MAX_SEARCH_LENGTH = 200;

/** The search text to send: trimmed, null when blank; `BAD_USER_INPUT` when too long. */
export function searchText(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(
      `\`search\` must be at most ${MAX_SEARCH_LENGTH} characters, got ${text.length}`,
      'search',
    );
  }
  return text === '' ? null : text;
}

/** The material filter in contract terms; brand ids are checked here, not by the company. */
export function materialFilter(
  filter: MaterialFilter | null | undefined,
): Pick<MaterialSearchArgs, 'brandIds' | 'thicknesses' | 'onStock'> {
  const brandIds = filter?.brandIds ?? null;
  const malformed = brandIds?.find((id) => !isUuid(id));
  if (malformed !== undefined) {
    throw new BadUserInputError(
      `\`filter.brandIds\` contains '${malformed.slice(0, 60)}', which is not a valid id`,
      'filter.brandIds',
    );
  }
  return {
    brandIds: brandIds?.map((id) => id.toLowerCase()) ?? null,
    thicknesses: filter?.thicknesses ?? null,
    onStock: filter?.onStock ?? null,
  };
}
