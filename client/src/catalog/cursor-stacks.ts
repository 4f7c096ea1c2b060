import { type CursorStack, newCursorStack } from './cursor-stack.ts';

/** How many lists (search and filter combinations) keep their cursors; older ones are dropped. */
const MAX_LISTS = 50;

/** The cursor stacks of the lists one catalog visit has paged through, by list key. */
export class CursorStacks {
  readonly #stacks = new Map<string, CursorStack>();

  get(listKey: string): CursorStack {
    return this.#stacks.get(listKey) ?? newCursorStack;
  }

  set(listKey: string, stack: CursorStack): void {
    // Re-inserting moves the key to the end, so the oldest list is the first key.
    this.#stacks.delete(listKey);
    this.#stacks.set(listKey, stack);
    if (this.#stacks.size > MAX_LISTS) {
      const oldest = this.#stacks.keys().next().value;
      if (oldest !== undefined) this.#stacks.delete(oldest);
    }
  }
}
