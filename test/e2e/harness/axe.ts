// Runs axe-core inside a page and returns the serious and critical violations, readably.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Extension pages forbid inline scripts (CSP script-src 'self'), which is what addScriptTag
 * injects; there the source is evaluated through the DevTools protocol, which CSP does not govern.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  try {
    await page.addScriptTag({ path: AXE_PATH });
  } catch {
    await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Serious/critical findings as lines "rule: help @ selector — why"; empty when clean. */
export async function axeProblems(page: Page): Promise<string[]> {
  await injectAxe(page);
  const { violations, passes } = await page.evaluate(async () => {
    type Result = { violations: unknown[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
    const result = await axe.run();
    return { violations: result.violations, passes: result.passes.length };
  });
  // A run that checked nothing would pass silently: make sure the rules actually ran.
  if (passes === 0) throw new Error('axe ran no checks on this page');
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id}: ${v.help} @ ${JSON.stringify(n.target)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    );
}
