/**
 * `npm run urls:record`: adds the URLs of the current build (dist/) to data/published-urls.json.
 * Run it after publishing a data version or adding a chart, and commit the ledger.
 */
import path from 'node:path';
import { builtUrls, recordUrls } from '../src/embed/url-ledger.ts';
import { projectRoot, runScript } from './lib/cli.ts';

await runScript(() => {
  const root = projectRoot();
  const added = recordUrls(root, builtUrls(path.join(root, 'dist')));
  console.log(`✓ 已记录 ${added.length} 个新网址 (recorded ${added.length} new URLs) in data/published-urls.json`);
  for (const url of added.slice(0, 20)) console.log(`  + ${url}`);
  if (added.length > 20) console.log(`  … ${added.length - 20} more`);
});
