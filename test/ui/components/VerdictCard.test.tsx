// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { VerdictCard } from '../../../src/ui/components/VerdictCard';
import { formatDate } from '../../../src/ui/i18n';
import { mount } from './render';

describe('VerdictCard', () => {
  it('says "Not judged yet" with the reason when the score has no verdict, inventing none', () => {
    const root = mount(<VerdictCard verdict={undefined} missing="not-judged" />);
    expect(root.textContent).toContain('Not judged yet');
    expect(root.querySelector('[data-testid="verdict-missing"]')?.textContent).toMatch(
      /no verdict/,
    );
    expect(root.textContent).not.toMatch(/Book|Avoid|Check first/);
  });

  it('shows the level, confidence, reasons with their tone and the change in words', () => {
    const root = mount(
      <VerdictCard
        verdict={{
          level: 'avoid',
          confidence: 'high',
          reasons: [
            { signalId: 'story-views', tone: 'bad', text: 'Story views are 1% (000: below 5%).' },
            { signalId: 'engagement-rate', tone: 'good', text: 'see engagement-rate' },
          ],
          nextStep: 'Ask for insights.',
          change: {
            from: 'check',
            since: '2026-11-29T10:00:00.000Z',
            why: 'was check on 29 Nov 2026; now avoid after your entry',
          },
        }}
        missing="not-judged"
        labels={{ 'engagement-rate': 'Engagement rate' }}
      />,
    );
    expect(root.querySelector('.verdict-level')?.textContent).toContain('Avoid');
    expect(root.textContent).toContain('high confidence');
    const reasons = [...root.querySelectorAll('[data-tone]')].map((li) => li.textContent);
    expect(reasons).toEqual([
      '✗Story views are 1% (Nano vs micro sales guide: below 5%).',
      '✓see Engagement rate',
    ]);
    const change = root.querySelector('[data-testid="verdict-change"]')?.textContent ?? '';
    expect(change).toMatch(/^Was “Check first” on .+, now “Avoid” after your entry\.$/);
  });

  it('tells the change in one sentence, adding no colon to the reason\u2019s own', () => {
    const card = (why: string) =>
      mount(
        <VerdictCard
          verdict={{
            level: 'check',
            confidence: 'high',
            reasons: [],
            nextStep: '',
            change: { from: 'book', since: '2026-11-28T10:00:00.000Z', why },
          }}
          missing="not-judged"
        />,
      ).querySelector('[data-testid="verdict-change"]')?.textContent ?? '';
    const reason =
      'likes not visible on 11 of 12 videos (never counted as 0): only 1 of them counts towards engagement.';
    const expected = `Was “Book” on ${formatDate('2026-11-28T10:00:00.000Z')}, now “Check first” after a new reading — ${reason}`;
    // Scoring's note as written now, and as records stored before this change hold it.
    expect(card(`was book on 28 Nov 2026, now check after a new reading — ${reason}`)).toBe(
      expected,
    );
    expect(card(`was book on 28 Nov 2026; now check after a new reading: ${reason}`)).toBe(
      expected,
    );
    expect(expected.split(': ')).toHaveLength(2);
  });
});
