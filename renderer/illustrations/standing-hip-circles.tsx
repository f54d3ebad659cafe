import { Accent, FigureFrame, Ground, type IllustrationProps } from './figure-frame.tsx';

/** Standing, seen from the front, hands on the hips, the hips drawing a slow circle. */
export function StandingHipCircles({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Ground />
      <circle class="head" cx="120" cy="24" r="11" />
      <path d="M120 36V50M100 52C108 49 132 49 140 52" />
      <path d="M120 50L122 92" />
      <path d="M100 52L90 74L110 90M140 52L150 74L132 90" />
      <path d="M110 92L134 92" />
      <path d="M112 92L106 120L104 144M132 92L136 120L138 144" />
      <path d="M104 144H96M138 144H146" />
      <Accent>
        <ellipse cx="122" cy="94" rx="34" ry="10" />
        <path d="M150 104L158 99L152 93" stroke-dasharray="none" />
      </Accent>
    </FigureFrame>
  );
}
