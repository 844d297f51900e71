/**
 * Bundles and minifies the embed loader with esbuild into one classic script (an IIFE): partner
 * pages load it with a plain `<script async>`, so it cannot be an ES module.
 */
import path from 'node:path';
import { build } from 'esbuild';

let cached: Promise<string> | undefined;

export function buildEmbedLoader(): Promise<string> {
  cached ??= build({
    entryPoints: [path.join(process.cwd(), 'src/embed/embed-loader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return cached;
}
