import type { CatalogUrlState } from './catalog-url-state.ts';
import type { CursorStacks } from './cursor-stacks.ts';
import type { UpdateCatalogState } from './use-catalog-url-state.ts';

/** What every catalog tab gets from the catalog page. */
export interface CatalogTabProps {
  slug: string;
  companyName: string;
  state: CatalogUrlState;
  update: UpdateCatalogState;
  cursorStacks: CursorStacks;
}
