import { Accent, FigureFrame, type IllustrationProps, Mat } from './figure-frame.tsx';

/** On the back, knees bent and leaning on each other, feet apart, head on a folded towel, hands on the belly. */
export function ConstructiveRest({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Mat />
      <rect x="22" y="133" width="30" height="8" rx="3" fill="currentColor" stroke="none" opacity="0.18" />
      <circle class="head" cx="40" cy="122" r="10" />
      <path d="M52 131C72 133 98 132 118 133" />
      <path d="M118 133L140 92L172 138H184" />
      <path d="M58 135L80 126L98 128" />
      <Accent>
        <path d="M60 104C84 114 112 114 130 106" />
      </Accent>
    </FigureFrame>
  );
}
