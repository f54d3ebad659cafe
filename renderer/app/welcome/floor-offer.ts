import { findExercise } from '../../../shared/exercises/index.ts';
import type { InvokeMap } from '../../../shared/ipc-contract.ts';
import { breakRequestFor } from '../checkin/try-exercise.ts';

/**
 * What the welcome's "lie down and breathe" offer starts: the article's own practice, belly
 * breathing lying on your back, as the check-in starts it. Offered whether or not the floor
 * exercises are on, since an evening at home has a floor even when the office does not.
 */
export const floorOffer: InvokeMap['break:start']['req'] = breakRequestFor(findExercise('belly-breathing'));
