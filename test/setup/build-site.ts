/**
 * Builds the site once before the tests, through the same `npm run build` path readers get, unless
 * SKIP_BUILD=1 (for a quick unit-only run against an existing dist/). The project built is the one
 * the tests read: the repository, or the copy named by STORY_ROOT (test/helpers/temp-project.ts).
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from '../helpers/temp-project.ts';

export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1') return;
  execFileSync(process.execPath, ['scripts/build-site.ts'], { cwd: ROOT, stdio: 'inherit' });
}
