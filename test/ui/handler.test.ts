import { describe, expect, it } from 'vitest';
import { handler } from '../../src/ui/handler';
import { t } from '../../src/ui/i18n';

describe('handler', () => {
  it('passes the event on and reports an escaped rejection on the page, not as unhandled', async () => {
    const shown: string[] = [];
    const seen: number[] = [];
    const run = handler(
      async (n: number) => {
        seen.push(n);
        if (n > 1)
          throw new DOMException('The database connection is closing.', 'InvalidStateError');
      },
      (m) => shown.push(m),
    );
    run(1);
    run(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([1, 2]);
    // In words, with what to do next: never the browser's own text.
    expect(shown).toEqual([t('err_storageClosed')]);
    expect(shown[0]).not.toMatch(/InvalidStateError|connection is closing/);
  });
});
