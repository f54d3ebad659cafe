export interface SwapLabelProps {
  /** The label shown now. */
  readonly shown: string;
  /** The label this control switches to; it only reserves its width. */
  readonly other: string;
}

/**
 * A button label that keeps the width of the wider of its two states, so Pause becoming Resume
 * never moves the buttons beside it. The reserved label is hidden from sight and from assistive
 * technology (visibility: hidden), so the accessible name is only the label shown.
 */
export function SwapLabel({ shown, other }: SwapLabelProps) {
  return (
    <span class="swap-label">
      <span>{shown}</span>
      <span class="swap-label-reserve" aria-hidden="true">
        {other}
      </span>
    </span>
  );
}
