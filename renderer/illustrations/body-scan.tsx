import { Accent, FigureFrame, type IllustrationProps, Mat } from './figure-frame.tsx';

/** Lying flat and still, arms by the sides, attention moving slowly from head to feet. */
export function BodyScan({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Mat />
      <circle class="head" cx="34" cy="128" r="10" />
      <path d="M46 134C66 136 96 135 116 136L182 137L188 124" />
      <path d="M52 138L82 140L106 140" />
      <Accent>
        <path d="M36 104C60 96 84 96 108 104" />
        <path d="M132 110L170 110" />
        <path d="M164 104L172 110L164 116" stroke-dasharray="none" />
      </Accent>
    </FigureFrame>
  );
}
