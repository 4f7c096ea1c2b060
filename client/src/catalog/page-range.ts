export interface PageRange {
  /** 1-based position of the first item shown; 0 when the page is empty. */
  from: number;
  /** Position of the last item shown; 0 when the page is empty. */
  to: number;
  total: number;
}

/** Which items of the whole list a page shows, for the `1–20 / 213` text. */
export function pageRange(
  page: number,
  size: number,
  itemsOnPage: number,
  total: number,
): PageRange {
  if (itemsOnPage <= 0) return { from: 0, to: 0, total };
  const from = (page - 1) * size + 1;
  return { from, to: from + itemsOnPage - 1, total };
}
