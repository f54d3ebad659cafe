import type { FunctionComponent } from 'preact';
import type { IllustrationId } from '../../shared/exercises/types.ts';
import { BellyBreathingSupine } from './belly-breathing-supine.tsx';
import { BodyScan } from './body-scan.tsx';
import { ChairHipFlexor } from './chair-hip-flexor.tsx';
import { ChildsPose } from './childs-pose.tsx';
import { ConstructiveRest } from './constructive-rest.tsx';
import type { IllustrationProps } from './figure-frame.tsx';
import { HalfKneelingHipFlexor } from './half-kneeling-hip-flexor.tsx';
import { MindfulWalk } from './mindful-walk.tsx';
import { SeatedFigureFour } from './seated-figure-four.tsx';
import { SeatedPelvicTilt } from './seated-pelvic-tilt.tsx';
import { StandingHipCircles } from './standing-hip-circles.tsx';

/** One drawing per illustration id; `satisfies` fails typecheck when an id has none. */
export const illustrations = {
  'belly-breathing-supine': BellyBreathingSupine,
  'constructive-rest': ConstructiveRest,
  'standing-hip-circles': StandingHipCircles,
  'seated-pelvic-tilt': SeatedPelvicTilt,
  'childs-pose': ChildsPose,
  'half-kneeling-hip-flexor': HalfKneelingHipFlexor,
  'chair-hip-flexor': ChairHipFlexor,
  'seated-figure-four': SeatedFigureFour,
  'mindful-walk': MindfulWalk,
  'body-scan': BodyScan,
} as const satisfies Record<IllustrationId, FunctionComponent<IllustrationProps>>;

export interface IllustrationByIdProps extends IllustrationProps {
  readonly id: IllustrationId;
}

export function Illustration({ id, title }: IllustrationByIdProps) {
  const Drawing = illustrations[id];
  return <Drawing title={title} />;
}
