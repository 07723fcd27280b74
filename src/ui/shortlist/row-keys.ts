import { ROW_HEIGHT, scrollToShow } from './virtual-window';

// The sticky header takes one row height at the top of the scroller.
const FOCUSABLE = 'input, select, button, a[href]';

/**
 * Up/Down arrows move focus to the same column in the previous/next row, scrolling the
 * windowed list first when that row is not rendered yet. Selects keep their own arrows.
 */
export function moveRowFocus(event: KeyboardEvent, scroller: HTMLElement | null): void {
  if (!scroller || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const target = event.target as HTMLElement;
  if (target.tagName === 'SELECT' || target.tagName === 'TEXTAREA') return;
  const row = target.closest('tr[data-index]');
  const cell = target.closest('td, th');
  if (!row || !cell) return;
  const column = Array.from(row.children).indexOf(cell);
  const index = Number(row.getAttribute('data-index')) + (event.key === 'ArrowDown' ? 1 : -1);
  if (index < 0) return;
  event.preventDefault();
  const top = scrollToShow(index, scroller.scrollTop, scroller.clientHeight - ROW_HEIGHT);
  if (top !== null) scroller.scrollTop = top;
  const focus = (tries: number) => {
    const next = scroller.querySelector(`tr[data-index="${index}"]`);
    const control = next?.children[column]?.querySelector<HTMLElement>(FOCUSABLE);
    if (control) control.focus();
    else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
  };
  focus(3);
}
