import type { IllustrationId } from './types.ts';

// A record keyed by the union: `satisfies` fails typecheck when an id is missing or unknown,
// so the renderer's list of drawings cannot silently fall behind the type.
const illustrationIdSet = {
  'belly-breathing-supine': true,
  'constructive-rest': true,
  'standing-hip-circles': true,
  'seated-pelvic-tilt': true,
  'childs-pose': true,
  'half-kneeling-hip-flexor': true,
  'chair-hip-flexor': true,
  'seated-figure-four': true,
  'mindful-walk': true,
  'body-scan': true,
} as const satisfies Record<IllustrationId, true>;

/** Every illustration the renderer must be able to draw (one inline SVG each). */
export const illustrationIds: readonly IllustrationId[] = Object.keys(illustrationIdSet) as IllustrationId[];

export function isIllustrationId(value: unknown): value is IllustrationId {
  return typeof value === 'string' && Object.hasOwn(illustrationIdSet, value);
}
