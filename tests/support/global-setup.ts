/** Vitest global setup for browser tests: serve dist/ once for the whole run. */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serveDist, type RunningServer } from '../../scripts/shared/static-server';
import { DIST } from './dist';

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`${DIST}/ is missing: run \`npm run build\` before the browser tests.`);
  }
  server = await serveDist(DIST);
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
