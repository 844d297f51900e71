/**
 * Samples the resident memory of a process and all its descendants from /proc (Linux), so a build's
 * peak counts its helper processes too (esbuild runs as a separate process next to Node).
 */
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  ppid: number;
  name: string;
}

function readProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which sits in parentheses and may itself contain spaces.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      processes.push({ pid: Number(entry), ppid: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // The process ended while we looked.
    }
  }
  return processes;
}

/** The pid and every descendant of it that is alive now. */
export function processTree(root: number): ProcessInfo[] {
  const all = readProcesses();
  const tree: ProcessInfo[] = [];
  const wanted = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!wanted.has(p.pid) && wanted.has(p.ppid)) {
        wanted.add(p.pid);
        grew = true;
      }
    }
  }
  for (const p of all) if (wanted.has(p.pid)) tree.push(p);
  return tree;
}

/** Resident set size of a process in bytes (VmRSS), 0 if it is gone. */
export function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface TreePeak {
  /** Highest sum of RSS over the tree seen in one sample. */
  peakBytes: number;
  /** The processes alive at that sample, largest first. */
  atPeak: { pid: number; name: string; bytes: number }[];
  /** Most processes in the tree at once. */
  mostProcesses: number;
  samples: number;
  intervalMs: number;
}

/** Starts sampling `pid`'s tree every `intervalMs`; `stop()` returns the peak. */
export function sampleTreeMemory(pid: number, intervalMs = 50): { stop: () => TreePeak } {
  const peak: TreePeak = { peakBytes: 0, atPeak: [], mostProcesses: 0, samples: 0, intervalMs };
  const sample = (): void => {
    const tree = processTree(pid).map((p) => ({ pid: p.pid, name: p.name, bytes: rssBytes(p.pid) }));
    const total = tree.reduce((sum, p) => sum + p.bytes, 0);
    peak.samples += 1;
    peak.mostProcesses = Math.max(peak.mostProcesses, tree.length);
    if (total > peak.peakBytes) {
      peak.peakBytes = total;
      peak.atPeak = tree.sort((a, b) => b.bytes - a.bytes);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
