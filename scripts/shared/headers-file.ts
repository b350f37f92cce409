/**
 * Reads a Netlify / Cloudflare Pages `_headers` file and answers which headers a request
 * path gets, so the local test server sends what a static host would send.
 *
 * Format: a path line (starting with `/` or `https://`), then indented `Name: value` lines;
 * `#` starts a comment. In a path, `*` matches anything (also nothing) and `:name` one
 * segment. Every matching rule applies. When two matching rules set the same header the
 * values are joined with ", " as Cloudflare does, which is how a clash shows up in tests.
 */

export interface HeadersRule {
  path: string;
  headers: [name: string, value: string][];
}

export class HeadersFileError extends Error {}

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      if (!line.startsWith('/') && !line.startsWith('https://')) {
        throw new HeadersFileError(`line ${i + 1}: expected a path starting with "/": ${line}`);
      }
      rules.push({ path: line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new HeadersFileError(`line ${i + 1}: header before any path: ${line}`);
    if (line.startsWith('!')) {
      rule.headers.push([`!${line.slice(1).trim()}`, '']);
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new HeadersFileError(`line ${i + 1}: expected "Name: value": ${line}`);
    const name = line.slice(0, colon).trim();
    if (!/^[A-Za-z0-9-]+$/.test(name)) {
      throw new HeadersFileError(`line ${i + 1}: invalid header name "${name}"`);
    }
    rule.headers.push([name, line.slice(colon + 1).trim()]);
  });
  return rules;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Regular expression for one rule path; absolute URLs are matched on their path only. */
export function pathPattern(rulePath: string): RegExp {
  const path = rulePath.startsWith('https://') ? new URL(rulePath).pathname : rulePath;
  let source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)))
    .join('');
  // "/section/*" also covers "/section" itself, as on Netlify.
  if (path.endsWith('/*')) source = `${source.slice(0, -'/.*'.length)}(?:/.*)?`;
  return new RegExp(`^${source}$`);
}

interface ResolvedHeader {
  name: string;
  value: string;
  /** Rule paths that set this header, in file order. */
  from: string[];
}

/** Headers for a request path, keyed by lower-case name. */
export function headersForPath(
  rules: readonly HeadersRule[],
  requestPath: string,
): Map<string, ResolvedHeader> {
  const result = new Map<string, ResolvedHeader>();
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(requestPath)) continue;
    for (const [name, value] of rule.headers) {
      if (name.startsWith('!')) {
        // Cloudflare's "! Name" removes a header set by an earlier rule.
        result.delete(name.slice(1).toLowerCase());
        continue;
      }
      const key = name.toLowerCase();
      const existing = result.get(key);
      result.set(
        key,
        existing
          ? { name, value: `${existing.value}, ${value}`, from: [...existing.from, rule.path] }
          : { name, value, from: [rule.path] },
      );
    }
  }
  return result;
}
