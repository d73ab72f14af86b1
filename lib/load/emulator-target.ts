import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface SpawnedEmulator {
  baseUrl: string;
  token: string;
  /** Peak resident memory of the emulator process so far (Linux /proc), in bytes; undefined elsewhere. */
  peakRss(): number | undefined;
  /** CPU time (user + system) the process has used so far, in seconds (Linux /proc); undefined elsewhere. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./emulator-process.ts', import.meta.url));

/** Starts lib/load/emulator-process.ts and waits for its one line of JSON. */
export function spawnEmulator(accountKey: string): Promise<SpawnedEmulator> {
  return spawnServer(ENTRY, [accountKey]);
}

/**
 * Starts a TypeScript server entry in its own process: it prints one JSON line `{ baseUrl, token }`
 * when it listens and stops when its stdin closes (lib/load/emulator-process.ts, the benchmarks' servers).
 */
export async function spawnServer(entry: string, args: readonly string[] = []): Promise<SpawnedEmulator> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the emulator process exited (${code}) before it listened`)));
  });
  const { baseUrl, token } = JSON.parse(first) as { baseUrl: string; token: string };
  return {
    baseUrl,
    token,
    peakRss: () => peakRssOf(child.pid),
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

/** VmHWM: the high-water mark of resident memory. */
export function peakRssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
