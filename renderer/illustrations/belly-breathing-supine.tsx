import { Accent, FigureFrame, type IllustrationProps, Mat } from './figure-frame.tsx';

/** On the back, knees bent, one hand on the chest and one on the belly that rises. */
export function BellyBreathingSupine({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Mat />
      <rect x="22" y="132" width="26" height="9" rx="4.5" fill="currentColor" stroke="none" opacity="0.18" />
      <circle class="head" cx="38" cy="121" r="10" />
      <path d="M50 130C70 132 96 131 116 132" />
      <path d="M116 132L144 98L166 138H180" />
      <path d="M56 132L76 142L96 127" />
      <path d="M54 133L62 142L72 127" />
      <Accent>
        <path d="M80 112C88 104 98 104 106 112" />
        <path d="M84 100C90 94 98 94 104 100" />
      </Accent>
    </FigureFrame>
  );
}
