/**
 * Reads a `_headers` file (the format Cloudflare Pages and Netlify use) and works out the headers
 * for a path: every matching rule applies in order, and a `! Name` line in a later rule detaches a
 * header set by an earlier one, so embed pages can replace the site-wide frame-ancestors policy.
 */

export interface HeaderRule {
  /** URL pattern; `*` matches any characters, including slashes. */
  pattern: string;
  set: [string, string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), set: [], detach: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`_headers: header line before any path: "${line.trim()}"`);
    const entry = line.trim();
    if (entry.startsWith('!')) {
      current.detach.push(entry.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = entry.indexOf(':');
    if (colon < 1) throw new Error(`_headers: expected "Name: value", got "${entry}"`);
    current.set.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(pathname);
}

/** The headers for one path, names lower-cased. Repeated headers are joined with ", " as hosts do. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
