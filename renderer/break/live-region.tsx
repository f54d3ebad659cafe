export interface LiveRegionProps {
  readonly text: string;
}

/** Polite announcements: the parent changes `text` once per event, never on a timer. */
export function LiveRegion({ text }: LiveRegionProps) {
  return (
    <div
      class="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {text}
    </div>
  );
}
