import { Accent, FigureFrame, type IllustrationProps, Mat } from './figure-frame.tsx';

/** Kneeling, sitting back towards the heels, chest resting on the thighs, arms long on the floor. */
export function ChildsPose({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Mat />
      <path d="M96 118L70 139L28 139" />
      <path d="M150 116L104 138L168 140" />
      <path d="M150 116C136 100 112 100 96 116" />
      <circle class="head" cx="84" cy="127" r="10" />
      <Accent>
        <path d="M108 90C120 84 136 86 146 96" />
      </Accent>
    </FigureFrame>
  );
}
