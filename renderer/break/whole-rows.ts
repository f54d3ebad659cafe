import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Row tops and bottoms of a grid of choices inside its scrolling box, measured from the top of the
 * box's padding edge as if it were not scrolled. Choices side by side form one row.
 */
function rowsOf(list: HTMLElement): { top: number; bottom: number }[] {
  const origin = list.getBoundingClientRect().top + list.clientTop - list.scrollTop;
  const rows: { top: number; bottom: number }[] = [];
  for (const child of Array.from(list.children)) {
    const box = child.getBoundingClientRect();
    const top = box.top - origin;
    const row = rows.find((each) => Math.abs(each.top - top) < 1);
    if (row) row.bottom = Math.max(row.bottom, box.bottom - origin);
    else rows.push({ top, bottom: box.bottom - origin });
  }
  return rows.sort((a, b) => a.top - b.top);
}

/** Says on the box which way it can still scroll, so its edges can fade out there. */
export function markScrollEdges(list: HTMLElement): void {
  const above = list.scrollTop > 1;
  const below = list.scrollTop + list.clientHeight < list.scrollHeight - 1;
  list.toggleAttribute('data-more-above', above);
  list.toggleAttribute('data-more-below', below);
}

/**
 * Shapes a scrolling list of choices so it never shows a sliver of a row: the list takes the height
 * its layout gives it (the slot), then gives back what is below its last whole row, so it is always
 * a whole number of rows tall (at least one); scroll snapping (CSS) keeps rows at the top edge
 * whole. `holder` is the flex item that holds the list: it stops shrinking once the list is sized,
 * so the rows stay whole and the text below it gives up height instead. Measured again whenever
 * `key` changes (another choice changes the text below) or the window or the rows change size.
 */
export function useWholeRows(
  listRef: RefObject<HTMLElement | null>,
  holderRef: RefObject<HTMLElement | null>,
  key: unknown,
): void {
  useLayoutEffect(() => {
    const list = listRef.current;
    const holder = holderRef.current;
    if (!list || !holder) return;
    const fitRows = () => {
      list.style.height = '';
      holder.style.flexShrink = '';
      const slot = list.clientHeight;
      const rows = rowsOf(list);
      const paddingBottom = Number.parseFloat(getComputedStyle(list).paddingBottom) || 0;
      const whole = rows.filter((row) => row.bottom + paddingBottom <= slot + 0.5);
      const last = whole.at(-1) ?? rows[0];
      if (last && whole.length < rows.length) {
        list.style.height = `${Math.ceil(last.bottom + paddingBottom + list.clientTop * 2)}px`;
        holder.style.flexShrink = '0';
      }
      markScrollEdges(list);
    };
    fitRows();
    const onScroll = () => markScrollEdges(list);
    list.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fitRows());
    observer?.observe(document.documentElement);
    if (list.firstElementChild) observer?.observe(list.firstElementChild);
    return () => {
      observer?.disconnect();
      list.removeEventListener('scroll', onScroll);
    };
  }, [listRef, holderRef, key]);
}
