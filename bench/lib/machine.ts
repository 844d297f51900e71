/**
 * The machine a benchmark ran on, for the results file: CPU model (/proc/cpuinfo), cores, RAM, OS,
 * Node and Chromium versions. Numbers from different machines are not comparable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  node: string;
  chromium: string;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: fall through.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  try {
    const match = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (match?.[1]) return `${match[1]}, Linux ${os.release()}`;
  } catch {
    // Fall through.
  }
  return `${os.type()} ${os.release()}`;
}

export function chromiumVersion(chromiumPath: string): string {
  if (!existsSync(chromiumPath)) return `not found at ${chromiumPath}`;
  try {
    // Debian's wrapper script may complain on stderr; the version is the last line of stdout.
    const out = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim().split('\n').at(-1) ?? out.trim();
  } catch (error) {
    return `unknown (${(error as Error).message})`;
  }
}

export function describeMachine(chromiumPath: string): Machine {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    ramGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(chromiumPath),
  };
}

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GiB RAM; ${machine.os}; Node ${machine.node}; ${machine.chromium}`;
}
