/**
 * An interrupted `npm run build` leaves no `dist.staging-<pid>` or `dist.old-<pid>` folder behind:
 * stopped with Ctrl+C or SIGTERM it removes its own; killed outright (no chance to clean up), the
 * next build removes it. Runs on a temporary copy of the project.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;

beforeAll(() => {
  project = tempProject(BUILDABLE);
});

afterAll(() => {
  project?.cleanup();
});

const leftovers = () => readdirSync(project.root).filter((name) => /^dist\.(staging|old)-/.test(name));

/** Starts a build of the copy and sends `signal` once its staging folder exists; its exit code. */
async function interruptBuild(signal: NodeJS.Signals): Promise<{ code: number | null; signal: string | null }> {
  const child = spawn(process.execPath, [path.join('scripts', 'build-site.ts')], {
    cwd: project.root,
    stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, by) => resolve({ code, signal: by })),
  );
  const staging = path.join(project.root, `dist.staging-${child.pid}`);
  const deadline = Date.now() + 150_000;
  while (!existsSync(staging) && child.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(existsSync(staging), 'the build got as far as its staging folder').toBe(true);
  child.kill(signal);
  return exited;
}

test('a build stopped by SIGTERM or Ctrl+C removes its staging folder', async () => {
  expect(await interruptBuild('SIGTERM')).toEqual({ code: 143, signal: null });
  expect(leftovers()).toEqual([]);
  expect(await interruptBuild('SIGINT')).toEqual({ code: 130, signal: null });
  expect(leftovers()).toEqual([]);
});

test('the folder of a build killed outright is removed by the next build', async () => {
  expect(await interruptBuild('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
  expect(leftovers()).toHaveLength(1);
  const build = runProjectScript(project.root, 'build-site.ts');
  expect(build.code, build.out).toBe(0);
  expect(leftovers()).toEqual([]);
  expect(existsSync(path.join(project.root, 'dist', 'index.html'))).toBe(true);
});
