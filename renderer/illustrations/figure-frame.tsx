import type { ComponentChildren } from 'preact';

export interface IllustrationProps {
  /** Accessible name; the drawing is decorative when it is left out. */
  readonly title?: string;
}

interface FigureFrameProps extends IllustrationProps {
  readonly children: ComponentChildren;
}

/**
 * The common frame of every drawing: one viewBox, round line ends, strokes in `currentColor` so a
 * drawing follows the theme's text colour. Soft fills (mat, cushion) use the same colour, faint.
 */
export function FigureFrame({ title, children }: FigureFrameProps) {
  return (
    <svg
      class="illustration"
      viewBox="0 0 240 160"
      fill="none"
      stroke="currentColor"
      stroke-width="4"
      stroke-linecap="round"
      stroke-linejoin="round"
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : 'true'}
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The floor line every drawing stands, sits or lies on. */
export function Ground() {
  return <path d="M16 146H224" stroke-width="2" opacity="0.35" />;
}

/** An exercise mat for the floor poses. */
export function Mat({ fromX = 20, toX = 220 }: { readonly fromX?: number; readonly toX?: number }) {
  return (
    <rect
      x={fromX}
      y="141"
      width={toX - fromX}
      height="5"
      rx="2.5"
      fill="currentColor"
      stroke="none"
      opacity="0.12"
    />
  );
}

/** A plain side-on chair, seat at y=100, back on the right. */
export function Chair({ seatFromX = 104, seatToX = 146, withBack = true }) {
  return (
    <g stroke-width="3" opacity="0.45">
      <path d={`M${seatFromX} 102H${seatToX}`} />
      <path d={`M${seatFromX + 4} 102V146M${seatToX - 4} 102V146`} />
      {withBack ? <path d={`M${seatToX - 2} 102V56`} /> : null}
    </g>
  );
}

/** A soft accent in the breathing colour: where the movement or the breath happens. */
export function Accent({ children }: { readonly children: ComponentChildren }) {
  return (
    <g class="illustration-accent" stroke-width="2.5" stroke-dasharray="3 6" opacity="0.9">
      {children}
    </g>
  );
}
