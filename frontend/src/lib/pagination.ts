// Page-by-page navigation over a forward-only Relay connection: the API gives "after <cursor>", so
// going back means remembering the cursor each page started from.

export interface PageStack {
  /** after-cursor of each page visited so far; the first page starts from null. */
  readonly starts: ReadonlyArray<string | null>;
  /** Index of the page on screen. */
  readonly index: number;
}

export const FIRST_PAGE: PageStack = { starts: [null], index: 0 };

export function currentStart(stack: PageStack): string | null {
  return stack.starts[stack.index] ?? null;
}

/** Moves to the page after the current one, which starts after endCursor. */
export function nextPage(stack: PageStack, endCursor: string | null | undefined): PageStack {
  if (!endCursor) return stack;
  const starts = [...stack.starts.slice(0, stack.index + 1), endCursor];
  return { starts, index: stack.index + 1 };
}

export function previousPage(stack: PageStack): PageStack {
  return stack.index === 0 ? stack : { starts: stack.starts, index: stack.index - 1 };
}

export function hasPrevious(stack: PageStack): boolean {
  return stack.index > 0;
}

/** "26–50 of 120" numbers for the current page. */
export function pageRange(stack: PageStack, pageSize: number, shown: number, total: number | null): { from: number; to: number; total: number | null } {
  const from = shown === 0 ? 0 : stack.index * pageSize + 1;
  return { from, to: shown === 0 ? 0 : from + shown - 1, total };
}
