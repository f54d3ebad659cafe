import type { Exercise } from '../../../shared/exercises/types.ts';
import type { InvokeMap } from '../../../shared/ipc-contract.ts';

/** How to start an exercise now: breathing ones open the pacer with their pattern, others a stretch break. */
export function breakRequestFor(exercise: Exercise): InvokeMap['break:start']['req'] {
  return exercise.patternId ? { kind: 'breathing', patternId: exercise.patternId } : { kind: 'stretch' };
}
