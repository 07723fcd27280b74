// The extension the bench measures: built from the current source into a private folder
// (CV_DIST), so concurrent builds of dist/ in the same tree cannot change it mid-run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../../test/e2e/harness/browser';
import { ROOT } from './optional';

export interface BuiltDist {
  dir: string;
  /** Why the build failed (the bench then measures what it could build, possibly nothing). */
  error: string | null;
  remove(): void;
}

/** `npm run build` into a temporary folder; with `reuse`, a copy of the existing dist/. */
export function buildDist(reuse: boolean): BuiltDist {
  const dir = mkdtempSync(join(tmpdir(), 'cv-bench-dist-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (reuse) {
    if (existsSync(DIST)) cpSync(DIST, dir, { recursive: true });
    return { dir, error: existsSync(DIST) ? null : `${DIST} absent`, remove };
  }
  try {
    execFileSync('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...process.env, CV_DIST: dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return { dir, error: null, remove };
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    const line = stderr.split('\n').find((l) => /error/i.test(l));
    return { dir, error: line?.trim() ?? 'npm run build failed', remove };
  }
}
