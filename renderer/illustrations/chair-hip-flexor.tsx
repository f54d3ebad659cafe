import { Accent, Chair, FigureFrame, Ground, type IllustrationProps } from './figure-frame.tsx';

/** Sitting sideways on the front of a chair, one leg reaching back with its knee towards the floor. */
export function ChairHipFlexor({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Ground />
      <Chair seatFromX={96} seatToX={132} withBack={false} />
      <circle class="head" cx="112" cy="30" r="11" />
      <path d="M112 42L112 96" />
      <path d="M112 96L76 98L76 142H64" />
      <path d="M112 96L142 126L176 142" />
      <path d="M112 50L100 74L86 94" />
      <Accent>
        <path d="M122 84C132 92 138 102 138 112" />
      </Accent>
    </FigureFrame>
  );
}
