import { useEffect, useRef } from 'preact/hooks';

export interface BreakKeyHandlers {
  readonly onSpace?: () => void;
  readonly onEscape?: () => void;
  readonly onEnter?: () => void;
}

/** Space and Enter on a focused control belong to that control; we only act when nothing claims them. */
function controlOwnsKey(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('button, a[href], input, select, textarea, [role="radio"], [role="button"]') !== null;
}

/** The break window's keys: Space pause/resume, Esc end, Enter next or done. */
export function useBreakKeys(handlers: BreakKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const current = latest.current;
      if (event.key === 'Escape' && current.onEscape) {
        event.preventDefault();
        current.onEscape();
        return;
      }
      if (controlOwnsKey(event.target)) return;
      if (event.key === ' ' && current.onSpace) {
        event.preventDefault();
        current.onSpace();
      } else if (event.key === 'Enter' && current.onEnter) {
        event.preventDefault();
        current.onEnter();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
