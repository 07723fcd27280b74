// The popup on a site page that is no creator's (Instagram's explore page), in real Chromium:
// it says so, and a creator typed by hand is stored with figures marked "manual" and scored
// like a read page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extensionPerFile } from './harness/per-file';
import {
  extensionPage,
  openPopupFor,
  readStore,
  signalVerdict as verdictOf,
  tabIdOf,
} from './harness/extension-pages';
import { axeProblems } from './harness/axe';

const running = extensionPerFile();

test('on a page that is not a creator page, the popup says so and vets numbers typed by hand', async () => {
  const options = await extensionPage(running.ext, 'options.html');
  const explore = await running.ext.context.newPage();
  await explore.goto('https://www.instagram.com/explore/');
  const popup = await openPopupFor(
    running.ext,
    await tabIdOf(running.ext, 'https://www.instagram.com/explore/'),
  );
  await popup.getByTestId('popup-ready').waitFor();
  assert.match((await popup.getByTestId('popup-reason').textContent()) ?? '', /not a creator page/);
  await popup.getByTestId('byhand-handle').fill('@jonas.brot');
  await popup.getByTestId('byhand-followers').fill('6,300');
  await popup.getByTestId('byhand-likes').fill('310; 280; 295; 330');
  await popup.getByTestId('byhand-comments').fill('12; 9; 14; 11');
  await popup.getByTestId('byhand-save').click();
  await popup.getByTestId('creator-handle').waitFor();
  assert.equal(await popup.getByTestId('creator-handle').textContent(), '@jonas.brot');
  await popup.getByTestId('score-summary').waitFor({ state: 'attached' });
  const stored = (
    await readStore<{ id: string; followers: { value: number; source: string } }>(
      options,
      'creators',
    )
  ).find((c) => c.id === 'instagram:jonas.brot');
  assert.deepEqual([stored?.followers.value, stored?.followers.source], [6300, 'manual']);
  assert.notEqual(
    await verdictOf(popup, 'engagement-rate'),
    'insufficient',
    'scored like a read page',
  );
  assert.deepEqual(await axeProblems(popup), []);
  await popup.close();
  await explore.close();
});
