/**
 * The editor at /admin/ in real Chromium.
 *
 * - As deployed (GitHub backend): the sign-in screen loads with no console error, requests
 *   nothing off the site except the Git host (answered here by a stub, so nothing reaches the
 *   network), and axe finds no WCAG 2.2 AA violation.
 * - With Sveltia's in-browser test backend and the real content files copied into the
 *   browser's private file system: every collection is listed with all its entries, and an
 *   entry of each collection opens showing every field of its schema; a question's preview is
 *   laid out and styled like its published page, and an edited answer is written back with every
 *   other field as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { axeViolations, baseUrl, DESKTOP, launchBrowser, watchPage } from '../support/browser';
import { DIST } from '../support/dist';
import { CHROMIUM_FLAGS, chromePath } from '../../scripts/shared/chromium.ts';
import { gitHostOrigins } from '../../src/lib/cms/csp';
import { notInEditor } from '../../src/lib/cms/config';
import { EDITOR_OPENER_POLICY } from '../../src/lib/security-headers';

interface Field {
  name: string;
  label: string;
}
interface Collection {
  name: string;
  label: string;
  folder: string;
  extension: string;
  fields: Field[];
}
const config = JSON.parse(readFileSync(join(DIST, 'admin/config.json'), 'utf8')) as {
  backend: { name: string };
  collections: Collection[];
};
/** Every collection Astro knows (one JSON Schema each), so a missing one fails here too. */
const astroCollections = readdirSync('.astro/collections')
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.schema\.json$/, ''))
  .filter((name) => !notInEditor.includes(name))
  .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context with the usual watch, where the Git host answers from a stub. */
async function openAdmin(
  fn: (page: Page, watch: Watch, context: BrowserContext) => Promise<void>,
  viewport = DESKTOP,
) {
  const context = await browser.newContext({ viewport });
  try {
    const watch = { ...(await watchPage(context)), gitHost: [] as string[] };
    await context.route(
      (url) => gitHostOrigins.includes(url.origin),
      (route) => {
        watch.gitHost.push(route.request().url());
        // GitHub's status feed says "all good"; nothing else is asked before sign-in.
        return route.fulfill({ json: { status: { indicator: 'none' } } });
      },
    );
    await fn(await context.newPage(), watch, context);
  } finally {
    await context.close();
  }
}
/** Sveltia wraps the service name in Unicode isolation marks: "Sign In with ⁨GitHub⁩". */
const SIGN_IN = /^Sign In with \W?GitHub\W?$/;

type Watch = Awaited<ReturnType<typeof watchPage>> & { gitHost: string[] };

describe('/admin/ as deployed (GitHub backend)', () => {
  it('shows the sign-in screen with no console error, no request off the site but the Git host, and no axe violation', () =>
    openAdmin(async (page, watch) => {
      const response = await page.goto(`${baseUrl}/admin/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      // The GitHub sign-in pop-up must be able to hand the token back (src/lib/security-headers.ts).
      expect(response?.headers()['cross-origin-opener-policy']).toBe(EDITOR_OPENER_POLICY);
      expect(config.backend.name).toBe('github');
      await page.getByRole('button', { name: SIGN_IN }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
      for (const url of watch.gitHost) expect(gitHostOrigins).toContain(new URL(url).origin);
    }));
});

/** The repository's content files, keyed by path from the project root. */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const collection of config.collections) {
    for (const name of readdirSync(collection.folder)) {
      if (name.endsWith(`.${collection.extension}`)) {
        files[`${collection.folder}/${name}`] = readFileSync(join(collection.folder, name), 'utf8');
      }
    }
  }
  return files;
}

/** Writes files into the test backend's folder of the origin private file system. */
async function seedTestRepository(page: Page, files: Record<string, string>) {
  await page.evaluate(async (files) => {
    const storage = await navigator.storage.getDirectory();
    const root = await storage.getDirectoryHandle('sveltia-cms-test', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1))
        dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (
        await dir.getFileHandle(parts.at(-1)!, { create: true })
      ).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Serves the editor's configuration with Sveltia's in-browser test backend instead of GitHub. */
function useTestBackend(context: BrowserContext) {
  return context.route(
    (url) => url.pathname === '/admin/config.json',
    async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      await route.fulfill({ response, json: { ...json, backend: { name: 'test-repo' } } });
    },
  );
}

/**
 * The labels (of those asked) that the entry editor shows as it is scrolled from top to bottom,
 * in the order asked. Sveltia renders a field only once it has been scrolled into view. A
 * 9,000 px tall window showed every field at once, but Chromium then painted 9,000 px on every
 * change: the test took 34 s, against 15 s scrolling a desktop-sized window.
 */
function labelsShownWhileScrolling(page: Page, labels: string[]): Promise<string[]> {
  return page.evaluate(async (labels) => {
    const wanted = new Set(labels);
    const seen = new Set<string>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const collect = () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.replace(/\s+/g, ' ').trim();
        if (wanted.has(text)) seen.add(text);
      }
    };
    const scrollers = [...document.querySelectorAll<HTMLElement>('*')].filter(
      (el) =>
        el.scrollHeight > el.clientHeight + 1 &&
        ['auto', 'scroll'].includes(getComputedStyle(el).overflowY),
    );
    collect();
    for (const el of scrollers) {
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
        el.scrollTop += el.clientHeight / 2;
        await frame();
        await frame();
        collect();
      }
    }
    return labels.filter((label) => seen.has(label));
  }, labels);
}

describe('/admin/ with the in-browser test backend and the real content', () => {
  const files = contentFiles();
  const slugs = (c: Collection) =>
    Object.keys(files)
      .filter((p) => p.startsWith(`${c.folder}/`))
      .map((p) => p.slice(c.folder.length + 1, -(c.extension.length + 1)))
      .sort();

  it('the generated configuration covers every collection Astro builds', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(astroCollections);
  });

  /** Opens the editor on the test backend, holding a copy of the content files. */
  async function openTestRepository(page: Page, context: BrowserContext) {
    await useTestBackend(context);
    await page.goto(`${baseUrl}/admin/`, { waitUntil: 'load' });
    await seedTestRepository(page, files);
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
    const list = page.getByRole('tree', { name: 'Collection List' });
    await list.waitFor();
    return list;
  }

  it(
    'lists every collection with all its entries, and each opens with all its fields',
    () =>
      openAdmin(async (page, watch, context) => {
        // The collection list names each collection with its number of entries.
        const list = await openTestRepository(page, context);
        for (const collection of config.collections) {
          const item = list.getByRole('treeitem', { name: collection.label, exact: true });
          await expect(item.innerText(), `${collection.label} listed`).resolves.toMatch(
            new RegExp(`${slugs(collection).length}\\s*$`),
          );
        }

        for (const collection of config.collections) {
          const entries = slugs(collection);
          expect(entries.length, `${collection.folder} has files`).toBeGreaterThan(0);
          await page.goto(`${baseUrl}/admin/#/collections/${collection.name}`);
          const rows = page.getByRole('grid', { name: 'Entries' }).getByRole('row');
          // Every entry is counted in the collection list above; the grid renders 25 rows at
          // a time as it scrolls, so its row count is not the number of entries.
          await rows.first().waitFor();

          await page.goto(
            `${baseUrl}/admin/#/collections/${collection.name}/entries/${entries[0]}`,
          );
          await page.getByText(`You’re now editing`, { exact: false }).first().waitFor();
          const labels = collection.fields.map((f) => f.label);
          expect(
            await labelsShownWhileScrolling(page, labels),
            `${collection.name}/${entries[0]} shows every field`,
          ).toEqual(labels);
        }
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.offOrigin).toEqual([]);
      }),
    240_000,
  );
});

/** One file of the test backend's repository, as the editor last wrote it. */
function readTestFile(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** Frontmatter and body of an MDX file. */
function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)!;
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]!.trim() };
}

describe('/admin/ shows a question as its page, and saves an edit without losing a field', () => {
  const questions = config.collections.find((c) => c.name === 'questions')!;
  const slug = 'heat-or-ice';
  const path = `${questions.folder}/${slug}.${questions.extension}`;
  const original = readFileSync(path, 'utf8');
  const before = splitMdx(original);

  it(
    "previews the question in the site's styles, answer box first, and writes back an edited answer",
    () =>
      openAdmin(async (page, watch, context) => {
        // The published page, for the styles a reader sees.
        await page.goto(`${baseUrl}/questions/${slug}/`, { waitUntil: 'load' });
        const published = await page.locator('[data-short-answer]').evaluate((box) => ({
          background: getComputedStyle(box).backgroundColor,
          font: getComputedStyle(document.body).fontFamily,
        }));

        // The repository is seeded from the published page: same origin, same private file
        // system, and the editor's bundle loads only once.
        await seedTestRepository(page, { [path]: original });
        await useTestBackend(context);
        await page.goto(`${baseUrl}/admin/`, { waitUntil: 'load' });
        await page.getByRole('button', { name: 'Work with Test Repository' }).click();
        await page.getByRole('tree', { name: 'Collection List' }).waitFor();
        await page.goto(`${baseUrl}/admin/#/collections/questions/entries/${slug}`);

        // The preview: the site's stylesheet, the question as heading, the answer box next.
        const preview = page.frameLocator('iframe[title="Content Preview"]');
        const box = preview.locator('[data-preview="short-answer"]');
        await box.waitFor();
        await expect(
          preview.locator('link[rel="stylesheet"][href$="/admin/preview.css"]').count(),
        ).resolves.toBe(1);
        await expect(preview.locator('h1').innerText()).resolves.toBe(before.data.question);
        await expect(box.innerText()).resolves.toContain(before.data.answer as string);
        const shown = await box.evaluate((el) => ({
          background: getComputedStyle(el).backgroundColor,
          font: getComputedStyle(el.ownerDocument.body).fontFamily,
        }));
        expect(shown).toEqual(published);
        const order = await preview
          .locator('h1, [data-preview="short-answer"], .prose')
          .evaluateAll((els) =>
            els.map((el) => el.tagName + (el.className ? `.${el.className}` : '')),
          );
        expect(order).toEqual(['H1', 'DIV.short-answer callout', 'DIV.prose']);

        // Edit the answer and save.
        const answer =
          'Heat has the better evidence. Use a warm pack for 15 to 20 minutes at a time, never on bare skin.';
        await page.getByRole('textbox', { name: 'Short answer' }).fill(answer);
        await expect.poll(() => box.innerText()).toContain(answer);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await expect.poll(() => readTestFile(page, path)).not.toBe(original);

        // Written back: the new answer, every other field and the page text as they were.
        const after = splitMdx(await readTestFile(page, path));
        expect(after.data).toEqual({ ...before.data, answer });
        expect(after.body).toBe(before.body);
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.offOrigin).toEqual([]);
      }),
    120_000,
  );
});

/** Where the screenshots for the staff guide go, when EDITOR_SCREENSHOTS=1 asks for them. */
const SHOTS = process.env.EDITOR_SCREENSHOTS ? 'docs/screenshots' : undefined;
const shoot = (page: Page, name: string) =>
  SHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png` }) : Promise.resolve();

/** Opens the editor on the test backend holding these files, at one entry. */
async function openEntry(
  page: Page,
  context: BrowserContext,
  files: Record<string, string>,
  hash: string,
) {
  await page.goto(`${baseUrl}/search/`, { waitUntil: 'load' });
  await seedTestRepository(page, files);
  await useTestBackend(context);
  await page.goto(`${baseUrl}/admin/`, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.getByRole('tree', { name: 'Collection List' }).waitFor();
  await page.goto(`${baseUrl}/admin/#/collections/${hash}`);
  return page.frameLocator('iframe[title="Content Preview"]');
}

const fileOf = (folder: string, name: string) => ({
  [`${folder}/${name}`]: readFileSync(join(folder, name), 'utf8'),
});

describe('/admin/ keeps staff from undoing the site’s safety without being told', () => {
  it(
    'lowering a sign’s urgency shows what it changes and that the clinician signs it',
    () =>
      openAdmin(async (page, watch, context) => {
        const preview = await openEntry(
          page,
          context,
          fileOf('src/content/warning-signs', 'fever.yaml'),
          'warning-signs/entries/fever',
        );
        await preview.locator('[data-preview="warning-sign"]').waitFor();
        // Nothing changed yet: no warning.
        await expect(preview.locator('[data-preview="urgency-change"]').count()).resolves.toBe(0);

        // Sveltia shows a choice of four or fewer as radio buttons.
        await page.getByRole('radio', { name: /^Doctor: a medical doctor/ }).click();
        const notice = preview.locator('[data-preview="urgency-change"]');
        await notice.waitFor();
        const words = await notice.innerText();
        expect(words).toMatch(/You are lowering how urgent this is/);
        expect(words).toMatch(/A fever or chills: today, .* → within 1 to 3 days, .*\(LOWER\)/);
        expect(words).toMatch(/the printable warning-signs card and every list/);
        expect(words).toMatch(/clinician must sign the change off/);
        await shoot(page, 'editor-urgency-lowered');
        expect(watch.consoleErrors).toEqual([]);
      }),
    120_000,
  );

  it(
    'refuses to save a question without "?", saying so at the field',
    () =>
      openAdmin(async (page, watch, context) => {
        const preview = await openEntry(
          page,
          context,
          fileOf('src/content/questions', 'heat-or-ice.mdx'),
          'questions/entries/heat-or-ice',
        );
        await preview.locator('[data-preview="short-answer"]').waitFor();
        await page.getByRole('textbox', { name: 'Question' }).fill('Heat or ice for a spasm');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByText('End the question with "?".').first().waitFor();
        await shoot(page, 'editor-refused-question');
        expect(watch.consoleErrors).toEqual([]);
      }),
    120_000,
  );

  it(
    'previews quiz records as the quiz shows them, search words as what they find, and a list block as the real signs',
    () =>
      openAdmin(async (page, watch, context) => {
        const files = {
          ...fileOf('src/content/triage-rules', 'pregnancy-late-signs.yaml'),
          ...fileOf('src/content/search-terms', 'sign-fever.yaml'),
          ...fileOf('src/content/warning-signs', 'fever.yaml'),
          ...fileOf('src/content/treatment', 'self-care-at-home.mdx'),
        };
        const preview = await openEntry(
          page,
          context,
          files,
          'triage-rules/entries/pregnancy-late-signs',
        );
        const result = preview.locator('[data-preview="quiz-result"]');
        await result.waitFor();
        await expect(result.innerText()).resolves.toMatch(/Go to labor and delivery now/);
        await expect(preview.locator('[data-preview="quiz-choice"]').innerText()).resolves.toMatch(
          /20 weeks pregnant or more, with a pregnancy warning sign/,
        );
        await shoot(page, 'editor-quiz-rule');

        await page.goto(`${baseUrl}/admin/#/collections/search-terms/entries/sign-fever`);
        const box = preview.locator('[data-preview="search-sign"]');
        await box.waitFor();
        await expect(box.innerText()).resolves.toMatch(/A fever or chills/);
        await shoot(page, 'editor-search-words');

        await page.goto(`${baseUrl}/admin/#/collections/treatment/entries/self-care-at-home`);
        const block = preview.locator('[data-preview="warning-signs-block"] [data-warning-signs]');
        await block.first().waitFor();
        await expect(block.first().innerText()).resolves.toMatch(/Call 911 now/);
        await expect(preview.getByText('data-pagefind-ignore').count()).resolves.toBe(0);
        await shoot(page, 'editor-warning-signs-block');
        expect(watch.consoleErrors).toEqual([]);
      }),
    150_000,
  );
});

describe('/admin/ in a browser profile that has been used before', () => {
  it('loads with no console error (the app manifest is allowed)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'admin-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromePath(),
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: DESKTOP,
    });
    try {
      const watch = await watchPage(context);
      await context.route(
        (url) => gitHostOrigins.includes(url.origin),
        (route) => route.fulfill({ json: { status: { indicator: 'none' } } }),
      );
      // Twice: the second load finds the profile's stored state, as a returning editor does.
      for (let visit = 0; visit < 2; visit += 1) {
        const page = await context.newPage();
        await page.goto(`${baseUrl}/admin/`, { waitUntil: 'load' });
        await page.getByRole('button', { name: SIGN_IN }).waitFor();
        await page.waitForTimeout(500);
        await page.close();
      }
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
