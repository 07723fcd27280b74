// The extension the bench measures: built from the current source into a private folder
// (CV_DIST), so concurrent builds of dist/ in the same tree cannot change it mid-run. When the
// build fails, a copy of the existing dist/ is measured instead, and the table says so.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { DIST } from '../../test/e2e/harness/browser';
import { ROOT } from './optional';

export interface BuiltDist {
  dir: string;
  /** What was measured: "a fresh build", or why it is a copy of dist/ (or nothing). */
  source: string;
  remove(): void;
}

/** The first line that says what went wrong, without terminal colours. */
function buildError(error: unknown): string {
  const text = stripVTControlCharacters(String((error as { stderr?: Buffer }).stderr ?? error));
  const lines = text.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => /^Build failed with/.test(l));
  const detail = lines.slice(at + 1).find(Boolean) ?? lines.find((l) => /error/i.test(l));
  return (detail ?? 'npm run build failed').slice(0, 140);
}

function copyOfDist(dir: string, why: string): string {
  if (!existsSync(join(DIST, 'manifest.json'))) return `nothing: ${why}, and dist/ holds no build`;
  cpSync(DIST, dir, { recursive: true });
  return `a copy of dist/ (${why})`;
}

/** `npm run build` into a temporary folder; with `reuse`, a copy of the existing dist/. */
export function buildDist(reuse: boolean): BuiltDist {
  const dir = mkdtempSync(join(tmpdir(), 'cv-bench-dist-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (reuse) return { dir, source: copyOfDist(dir, '--no-build'), remove };
  try {
    execFileSync('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, CV_DIST: dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return { dir, source: 'a fresh build of the current source', remove };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { dir, source: copyOfDist(dir, `build failed: ${buildError(error)}`), remove };
  }
}
