// A short description of the machine the numbers come from (they mean little without it).
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { CHROMIUM } from '../../test/e2e/harness/browser';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started: other work on the machine skews numbers. */
  load: number;
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/\s+built on.*$/, '');
  } catch {
    return `not found at ${CHROMIUM}`;
  }
}

export function describeMachine(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    load: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export function machineLine(m: Machine): string {
  return (
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}; ` +
    `Node ${m.node}; ${m.chromium}; load average ${m.load} at start`
  );
}
