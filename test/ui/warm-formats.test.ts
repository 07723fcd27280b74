import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.unstubAllGlobals());

/** A fresh i18n module (its formats are kept per module), with a count of formats built. */
async function fresh() {
  vi.resetModules();
  const i18n = await import('../../src/ui/i18n');
  const count = { built: 0 };
  class NumberFormat extends Intl.NumberFormat {
    constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      super(...args);
      count.built++;
    }
  }
  class DateTimeFormat extends Intl.DateTimeFormat {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      count.built++;
    }
  }
  vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { NumberFormat, DateTimeFormat }));
  const firstScreen = () => {
    i18n.formatNumber(12_345);
    i18n.formatPercent(0.034);
    i18n.formatPercent(0.004);
    i18n.formatDate('2026-11-30');
  };
  return { i18n, count, firstScreen };
}

describe('warmFormats', () => {
  it('builds the formats a first screen uses, so formatting after it builds none', async () => {
    const { i18n, count, firstScreen } = await fresh();
    i18n.warmFormats();
    expect(count.built).toBe(4);
    firstScreen();
    expect(count.built).toBe(4);
  });

  it('without it, the first screen builds them itself', async () => {
    const { count, firstScreen } = await fresh();
    firstScreen();
    expect(count.built).toBe(4);
  });
});
