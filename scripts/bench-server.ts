import { spawn } from 'node:child_process';

export interface ServerProcess {
  port: string;
  stop(): void;
}

/**
 * Starts the real server (server/main.ts) in a process of its own, as in production, and resolves
 * once it says it is running: its heap holds none of the benchmark's garbage, and the benchmark's
 * own work (sending, parsing answers) is not counted as the server's. `env` is added to this
 * process's environment (DATABASE_FILE, PORT, SEED_DEMO, …).
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  // With the V8 flag `npm start` gives the server: a 32 MB young generation, in which judging a heat
  // map's 37,000 series makes its short-lived objects (measured: cold heat map p50 −15 ms).
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', NODE_ENV: 'production', NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const running = /running at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (running?.[1]) resolve(running[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was running:\n${output}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}
