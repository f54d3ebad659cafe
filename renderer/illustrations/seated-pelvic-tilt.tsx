import { Accent, Chair, FigureFrame, Ground, type IllustrationProps } from './figure-frame.tsx';

/** Sitting tall on a chair, hands on the thighs, rocking the pelvis gently forward and back. */
export function SeatedPelvicTilt({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Ground />
      <Chair seatFromX={104} seatToX={140} withBack={false} />
      <circle class="head" cx="118" cy="30" r="11" />
      <path d="M120 42L124 96" />
      <path d="M124 96L84 98L82 142H70" />
      <path d="M120 50L108 76L92 94" />
      <Accent>
        <path d="M142 80C154 88 154 104 142 112" />
        <path d="M146 76L141 80L147 84M146 116L141 112L147 108" stroke-dasharray="none" />
      </Accent>
    </FigureFrame>
  );
}
