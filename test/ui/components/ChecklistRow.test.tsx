// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ChecklistRow, type CheckOverride } from '../../../src/ui/components/ChecklistRow';
import { click, mount, typeInto } from './render';

function row(override: CheckOverride) {
  const changes: CheckOverride[] = [];
  const root = mount(
    <ul>
      <ChecklistRow
        item="storyViews"
        auto={{ state: 'fail', reason: 'Views are 2% of followers.', signalIds: ['story-views'] }}
        override={override}
        onChange={(next) => changes.push(next)}
        labels={{ 'story-views': 'Story views' }}
      />
    </ul>,
  );
  return { root, changes };
}

const radio = (root: HTMLElement, value: string) =>
  root.querySelector<HTMLInputElement>(`input[type=radio][value=${value}]`)!;

describe('ChecklistRow', () => {
  it('shows the automatic result, the signals behind it, and uses it when not overridden', () => {
    const { root } = row({ state: null, note: '' });
    expect(root.querySelector('li')?.dataset.state).toBe('fail');
    expect(root.textContent).toContain('Automatic: Fail — Views are 2% of followers.');
    // Signals are named by their labels, never by id; the line says who decided.
    expect(root.textContent).toContain('From: Story views');
    expect(root.textContent).not.toContain('story-views');
    expect(root.querySelector('summary')?.textContent).toContain('Fail');
    expect(root.querySelector('summary')?.textContent).toContain('automatic');
    expect(radio(root, 'auto').checked).toBe(true);
  });

  it("lets the user's decision win and reports changes with the note kept", () => {
    const { root, changes } = row({ state: 'pass', note: 'insights screenshot seen' });
    expect(root.querySelector('li')?.dataset.state).toBe('pass');
    expect(radio(root, 'pass').checked).toBe(true);
    click(radio(root, 'unknown'));
    click(radio(root, 'auto'));
    expect(changes).toEqual([
      { state: 'unknown', note: 'insights screenshot seen' },
      { state: null, note: 'insights screenshot seen' },
    ]);
  });

  it('reports a new note with the decision unchanged', () => {
    const { root, changes } = row({ state: 'fail', note: '' });
    typeInto(root.querySelector('textarea')!, 'views 2% of followers');
    expect(changes.at(-1)).toEqual({ state: 'fail', note: 'views 2% of followers' });
  });

  it('groups the choices under a legend naming the item', () => {
    const { root } = row({ state: null, note: '' });
    expect(root.querySelector('fieldset legend')?.textContent).toContain(
      'Story views compared with follower count',
    );
    expect(root.querySelectorAll('fieldset input[type=radio]')).toHaveLength(4);
  });
});
