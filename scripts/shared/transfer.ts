/**
 * What a static host sends for a file: its Content-Type and whether it is gzipped. Shared by
 * the local server (./static-server.ts, for browser tests, Lighthouse and the search benchmark)
 * and the page-weight budget (scripts/budget/page-weight.ts), so both count the same bytes.
 */
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
};

/** Content-Type by file extension; Pagefind's own formats and unknown files are binary. */
export function contentType(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}

/**
 * Types hosts compress on the fly. Images other than SVG, fonts and Pagefind's chunks
 * (already gzipped by Pagefind) are sent as they are.
 */
export function isCompressible(type: string): boolean {
  return /^text\/|javascript|json|svg|xml|wasm/.test(type);
}

/** zlib's default level, as nginx and most CDNs use for dynamic gzip. */
export const gzip = (body: Uint8Array): Buffer => gzipSync(body);

/** Bytes of the body as sent: gzipped when the type is compressible, as stored otherwise. */
export function sentBytes(path: string, body: Uint8Array): number {
  return isCompressible(contentType(path)) ? gzip(body).length : body.length;
}
