/**
 * Writes `<file>.gz` (gzip -9) and `<file>.br` (brotli 11) next to every text file of a built site,
 * in the benchmark's private copy: production hosts compress text (docs/DEPLOY.md: nginx `gzip on`;
 * Cloudflare Pages and Netlify always do), and scripts/lib/static-server.ts serves these files when
 * the browser accepts the encoding, so Lighthouse sees what a reader's phone receives.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.txt', '.xml', '.webmanifest']);

/** Returns how many files it compressed. */
export function precompress(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) count += precompress(full);
    else if (TEXT.has(path.extname(entry.name).toLowerCase())) {
      const bytes = readFileSync(full);
      writeFileSync(`${full}.gz`, gzipSync(bytes, { level: 9 }));
      writeFileSync(
        `${full}.br`,
        brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }),
      );
      count += 1;
    }
  }
  return count;
}
