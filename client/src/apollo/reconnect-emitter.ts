/** A tiny listener set: `on` returns the function that removes the listener again. */
export class Emitter<T = void> {
  private readonly listeners = new Set<(value: T) => void>();

  on(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(value: T): void {
    // A copy: a listener may remove itself while being called.
    for (const listener of [...this.listeners]) listener(value);
  }
}
