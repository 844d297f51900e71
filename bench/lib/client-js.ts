/**
 * The client JS of a built page: every JS <script> (inline and external) plus the modules those
 * import, statically or dynamically, followed through dist/, each with its compressed sizes.
 */
import { readFileSync } from 'node:fs';
import { ZERO, addSizes, sizesOf, type Sizes } from './byte-sizes.ts';
import { distFile, fileSizes, readPage } from './dist-files.ts';
import { localPath, pageReferences } from './page-references.ts';

/** Module specifiers a built JS file imports: static (`import … from "./x.js"`) and dynamic (`import("./x.js")`). */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  for (const match of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) found.dynamic.add(match[2] ?? '');
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`]+)\1/g)) {
    found.static.add(match[2] ?? '');
  }
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/** One JS file a page loads. */
export interface JsFile {
  url: string;
  /** How the page reaches it: a <script src>, a static import, or a dynamic import (loaded later). */
  via: 'script' | 'import' | 'dynamic import';
  sizes: Sizes;
}

export interface ClientJs {
  files: JsFile[];
  /** Each inline <script>, compressed on its own (it travels inside the HTML). */
  inline: Sizes[];
  total: Sizes;
}

/**
 * The client JS of a page: every JS <script> (inline and external) plus the modules those import,
 * statically or dynamically, followed through dist/. Dynamic imports count too: they are still
 * JS the reader's phone downloads and runs, only later.
 */
export function clientJs(dist: string, pageUrl: string, html = readPage(dist, pageUrl)): ClientJs {
  const references = pageReferences(html, pageUrl);
  const files = new Map<string, JsFile>();
  const resolve = (specifier: string, base: string): string | undefined =>
    /^(\.{1,2})?\//.test(specifier) ? localPath(specifier, base) : undefined;
  const follow = (url: string, via: JsFile['via']): void => {
    if (files.has(url)) return;
    const file = distFile(dist, url);
    if (!file) throw new Error(`${pageUrl} loads ${url}, which is not in ${dist}`);
    files.set(url, { url, via, sizes: fileSizes(file) });
    const imports = jsImports(readFileSync(file, 'utf8'));
    for (const specifier of imports.static) {
      const target = resolve(specifier, url);
      if (target) follow(target, via === 'dynamic import' ? via : 'import');
    }
    for (const specifier of imports.dynamic) {
      const target = resolve(specifier, url);
      if (target) follow(target, 'dynamic import');
    }
  };
  const inline: Sizes[] = [];
  for (const script of references.scripts) {
    if (script.src) follow(script.src, 'script');
    else if (script.inline !== undefined) {
      inline.push(sizesOf(script.inline));
      const imports = script.module ? jsImports(script.inline) : { static: [], dynamic: [] };
      for (const specifier of imports.static) {
        const target = resolve(specifier, pageUrl);
        if (target) follow(target, 'import');
      }
      for (const specifier of imports.dynamic) {
        const target = resolve(specifier, pageUrl);
        if (target) follow(target, 'dynamic import');
      }
    }
  }
  const total = [...[...files.values()].map((f) => f.sizes), ...inline].reduce(addSizes, ZERO);
  return { files: [...files.values()], inline, total };
}
