/**
 * Builds the site once before the tests, through the same `npm run build` path readers get, unless
 * SKIP_BUILD=1 (for a quick unit-only run against an existing dist/).
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1') return;
  execFileSync(process.execPath, ['scripts/build-site.ts'], { stdio: 'inherit' });
}
