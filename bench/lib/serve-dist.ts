/**
 * Serves a built site in a process of its own, so that Lighthouse's work in the benchmark process
 * never delays a response: `node bench/lib/serve-dist.ts <dir>` prints `{"url": …}` and serves until
 * killed. `serveInChild(dir)` starts it and returns the URL and a way to stop it.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

export async function serveInChild(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(process.execPath, [import.meta.filename, root], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

if (import.meta.main) {
  const root = process.argv[2];
  if (!root) throw new Error('usage: node bench/lib/serve-dist.ts <dir>');
  const server = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
  console.log(JSON.stringify({ url: server.url }));
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}
