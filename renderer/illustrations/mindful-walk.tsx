import { FigureFrame, Ground, type IllustrationProps } from './figure-frame.tsx';

/** Walking slowly outside, upright and loose, with a tree beside the path. */
export function MindfulWalk({ title }: IllustrationProps) {
  return (
    <FigureFrame title={title}>
      <Ground />
      <g stroke-width="3" opacity="0.4">
        <path d="M188 146V100M188 118L198 108" />
        <path d="M170 98C160 90 166 72 180 72C184 60 202 60 206 72C220 74 220 94 208 98C200 104 178 104 170 98Z" />
        <path d="M40 146C40 134 52 130 58 138C62 130 74 134 72 146" />
      </g>
      <circle class="head" cx="104" cy="26" r="11" />
      <path d="M106 38L110 88" />
      <path d="M110 88L96 114L88 142H78" />
      <path d="M110 88L122 116L138 138L144 144" />
      <path d="M108 46L96 68L90 84M108 46L120 68L128 82" />
    </FigureFrame>
  );
}
