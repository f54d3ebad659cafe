/**
 * One event, many listeners, wired in any order: the scheduler emits into a hub made before it,
 * and the break flow, tray and windows subscribe once they exist. Replaces late-bound `let`s.
 */
export interface EventHub<T> {
  emit(event: T): void;
  subscribe(listener: (event: T) => void): () => void;
}

export function createEventHub<T>(): EventHub<T> {
  const listeners = new Set<(event: T) => void>();
  return {
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
