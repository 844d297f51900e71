/**
 * `npm run serve`: serves the built site on http://localhost:4321 (or PORT), with the production
 * headers from dist/_headers.
 */
import { runScript } from './lib/cli.ts';
import { startStaticServer } from './lib/static-server.ts';

await runScript(async () => {
  const port = Number(process.env['PORT'] ?? 4321);
  const server = await startStaticServer({ port, host: process.env['HOST'] ?? 'localhost' });
  console.log(`✓ 网站已在 ${server.url}/ 运行，按 Ctrl+C 停止 (serving at ${server.url}/, Ctrl+C to stop)`);
  await new Promise(() => {});
});
