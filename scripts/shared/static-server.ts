/**
 * Serves the built site the way a static host (Netlify, Cloudflare Pages) does, so browser
 * tests and Lighthouse see what visitors get:
 * - files from dist/, `/dir/` → `/dir/index.html`, `/dir` → 301 to `/dir/`;
 * - the 404 page with status 404 for unknown paths;
 * - the headers from `dist/_headers` on every response (and `_headers` itself not served);
 * - gzip for text types when the browser asks for it, with ETag revalidation.
 * Written on node:http rather than a file-serving library such as sirv: sirv compresses
 * nothing itself (it serves `.gz` files built ahead of time) and leaves `_headers` rules and
 * the 404 page to callbacks, which would be most of this file again.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { headersForPath, parseHeadersFile, type HeadersRule } from './headers-file.ts';
import { contentType, gzip, isCompressible } from './transfer.ts';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Files the host reads as configuration and never serves. */
const HOST_CONFIG = new Set(['/_headers', '/_redirects']);

interface Entry {
  body: Buffer;
  gzipped?: Buffer;
  etag: string;
  type: string;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

export async function serveDist(distDir: string, port = 0): Promise<RunningServer> {
  const root = normalize(distDir);
  const headersFile = join(root, '_headers');
  const rules: HeadersRule[] = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
    : [];
  const cache = new Map<string, Entry>();

  const load = (file: string): Entry => {
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const type = contentType(file);
      entry = {
        body,
        type,
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        gzipped: isCompressible(type) ? gzip(body) : undefined,
      };
      cache.set(file, entry);
    }
    return entry;
  };

  /** The file for a URL path, a redirect target, or nothing. */
  const resolve = (pathname: string): { file?: string; redirect?: string } => {
    if (HOST_CONFIG.has(pathname)) return {};
    const full = normalize(join(root, pathname));
    if (full !== root && !full.startsWith(root + sep)) return {};
    if (pathname.endsWith('/')) {
      const index = join(full, 'index.html');
      return isFile(index) ? { file: index } : {};
    }
    if (isFile(full)) return { file: full };
    if (isFile(join(full, 'index.html'))) return { redirect: `${pathname}/` };
    if (isFile(`${full}.html`)) return { file: `${full}.html` };
    return {};
  };

  const send = (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    for (const header of headersForPath(rules, pathname).values()) {
      res.setHeader(header.name, header.value);
    }
    const found = resolve(pathname);
    if (found.redirect) {
      res.writeHead(301, { Location: found.redirect }).end();
      return;
    }
    const file = found.file ?? join(root, '404.html');
    const entry = load(file);
    const status = found.file ? 200 : 404;
    // _headers may set the type (the speculation rules file needs its own); else by extension.
    if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', entry.type);
    res.setHeader('ETag', entry.etag);
    if (entry.gzipped) res.setHeader('Vary', 'Accept-Encoding');
    if (status === 200 && req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304).end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = entry.gzipped && acceptsGzip ? entry.gzipped : entry.body;
    if (body === entry.gzipped) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.length);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    send(req, res, pathname);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
