// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ManualEntries } from '../../../src/shared/vetting';
import { exact, type Stat } from '../../../src/shared/stat';
import { ManualEntriesForm } from '../../../src/ui/popup/ManualEntriesForm';
import { click, mount, typeInto } from '../components/render';

const blank = ManualEntries.parse({});
const tick = () => new Promise((r) => setTimeout(r, 0));

function form(pageFollowers: Stat = exact(5000, 'text')) {
  const saved: ManualEntries[] = [];
  const root = mount(
    <ManualEntriesForm
      manual={blank}
      pageStoryViews={null}
      pageFollowers={pageFollowers}
      busy={false}
      onSave={async (m) => void saved.push(m)}
    />,
  );
  const field = (name: string) =>
    root.querySelector<HTMLInputElement>(`[data-testid="manual-${name}"]`)!;
  return { root, saved, field };
}

describe('ManualEntriesForm', () => {
  it('says plainly that story views are a manual entry when the page showed none', () => {
    const { root } = form();
    expect(root.querySelector('[data-testid="story-views-origin"]')?.textContent).toMatch(
      /manual entry/,
    );
  });

  it('saves what was typed', async () => {
    const { field, saved, root } = form();
    typeInto(field('storyViews'), '640');
    typeInto(field('countryMix'), 'US 55, CA 20');
    click(root.querySelector('[data-testid="manual-save"]')!);
    await tick();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      storyViews: 640,
      countryMix: [
        { country: 'US', share: 0.55 },
        { country: 'CA', share: 0.2 },
      ],
    });
  });

  it('does not save a bad entry and ties the error to its field', async () => {
    const { field, saved, root } = form();
    typeInto(field('storyViews'), 'many');
    click(root.querySelector('[data-testid="manual-save"]')!);
    await tick();
    expect(saved).toHaveLength(0);
    const input = field('storyViews');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(root.querySelector(`#${errorId}`)?.textContent).toContain(
      '“many” is not a whole number',
    );
  });

  it('offers a follower field only when the page showed no follower count', () => {
    expect(form().field('followers')).toBeNull();
    expect(form(null).field('followers')).not.toBeNull();
  });
});
