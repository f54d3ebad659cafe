import { Accent, FigureFrame, Ground, type IllustrationProps } from './figure-frame.tsx';

/** Seated, seen from the front: one ankle rests on the other knee, making the shape of a 4. */
export function SeatedFigureFour({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Ground />
      <g stroke-width="3" opacity="0.45">
        <path d="M92 104H148M98 104V146M142 104V146" />
      </g>
      <circle class="head" cx="120" cy="26" r="11" />
      <path d="M120 38V50M102 52C110 49 130 49 138 52" />
      <path d="M120 50L120 96" />
      <path d="M108 98H132" />
      <path d="M110 98L106 108L106 142H96" />
      <path d="M130 98L158 90L110 104" />
      <path d="M102 52L96 78L108 100M138 52L150 72L154 88" />
      <Accent>
        <path d="M140 74C152 70 164 76 168 88" />
      </Accent>
    </FigureFrame>
  );
}
