import { Accent, FigureFrame, type IllustrationProps, Mat } from './figure-frame.tsx';

/** Half kneeling: back knee on a cushion, front foot flat, torso upright, front of the back hip opening. */
export function HalfKneelingHipFlexor({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Mat />
      <rect x="128" y="134" width="26" height="7" rx="3.5" fill="currentColor" stroke="none" opacity="0.18" />
      <circle class="head" cx="124" cy="30" r="11" />
      <path d="M124 42L122 94" />
      <path d="M122 94L84 96L84 140H70" />
      <path d="M122 94L140 132L184 138" />
      <path d="M124 50L114 74L92 90" />
      <Accent>
        <path d="M134 88C142 96 144 106 142 116" />
      </Accent>
    </FigureFrame>
  );
}
