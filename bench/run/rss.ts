// The servers' resident memory, read from /proc/<pid>/status every 50 ms for the whole run
// and attributed to the phase the driver says it is in: per phase the peak and the value
// when the phase began (for the export's memory growth), and the peak over the whole run.
import { readFileSync } from 'node:fs';

export interface PhaseMemory {
  startMb: number;
  peakMb: number;
}

export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private phase = 'start';
  readonly phases = new Map<string, PhaseMemory>();
  peakMb = 0;

  constructor(private readonly pids: () => number[]) {}

  private static rssMb(pid: number): number {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    } catch {
      return 0; // the process has exited
    }
  }

  /** The largest of the servers' RSS now (each instance is its own process with its own budget). */
  sample(): number {
    const mb = Math.max(0, ...this.pids().map(RssSampler.rssMb));
    if (mb > this.peakMb) this.peakMb = mb;
    const p = this.phases.get(this.phase);
    if (p && mb > p.peakMb) p.peakMb = mb;
    return mb;
  }

  enter(phase: string): void {
    this.phase = phase;
    const now = Math.max(0, ...this.pids().map(RssSampler.rssMb));
    this.phases.set(phase, { startMb: now, peakMb: now });
  }

  start(): void {
    this.timer ??= setInterval(() => this.sample(), 50);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
