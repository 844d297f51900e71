/**
 * Test projects: `unit` (pure functions, schemas, chart snapshots), `site` (the built HTML and
 * files in dist/) and `browser` (a phone-sized headless Chromium driven by playwright-core).
 * The site is built once, before any project runs, by test/setup/build-site.ts.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Snapshots and dates must not depend on the machine's time zone.
    env: { TZ: 'UTC' },
    globalSetup: ['test/setup/build-site.ts'],
    projects: [
      {
        extends: true,
        // Some unit tests run the editor commands as processes on a copy; on a busy 2-core machine
        // (the site and browser projects run alongside) those take seconds, not milliseconds.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        // Some site tests build a copy of the project (10–30 s each on a 2-core machine).
        test: { name: 'site', include: ['test/site/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // One Chromium at a time on a 2-core machine; each file starts its own server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
