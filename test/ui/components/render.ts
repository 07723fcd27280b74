import { afterEach } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const mounted = new Set<HTMLElement>();

// Unmount after each test, so no component's timer or listener outlives the test that made it.
afterEach(() => {
  mounted.forEach((root) => act(() => render(null, root)));
  mounted.forEach((root) => root.remove());
  mounted.clear();
});

/** Renders into a fresh container attached to the document (happy-dom); unmounted after the test. */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.add(root);
  act(() => render(node, root));
  return root;
}

/** Sets a form control's value and fires the events Preact listens to. */
export function typeInto(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: Element) {
  act(() => {
    (el as HTMLElement).click();
  });
}
