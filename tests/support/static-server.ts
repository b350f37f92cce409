/**
 * Serves the built site the way a static host does: files from dist/, directory indexes,
 * the 404 page for unknown paths. Used by the browser tests and the Lighthouse budget.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveDist(distDir: string, port = 0): Promise<RunningServer> {
  const notFound = readFileSync(join(distDir, '404.html'));
  const files = sirv(distDir, { dev: false, etag: true, gzip: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
