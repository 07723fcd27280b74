import { describe, expect, it } from 'vitest';
import { handler } from '../../src/ui/handler';

describe('handler', () => {
  it('passes the event on and reports an escaped rejection on the page, not as unhandled', async () => {
    const shown: string[] = [];
    const seen: number[] = [];
    const run = handler(
      async (n: number) => {
        seen.push(n);
        if (n > 1) throw new Error('storage closed');
      },
      (m) => shown.push(m),
    );
    run(1);
    run(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([1, 2]);
    expect(shown).toEqual(['Error: storage closed']);
  });
});
