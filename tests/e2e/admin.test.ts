/**
 * The editor at /admin/ in real Chromium.
 *
 * - As deployed (GitHub backend): the sign-in screen loads with no console error, requests
 *   nothing off the site except the Git host (answered here by a stub, so nothing reaches the
 *   network), and axe finds no WCAG 2.2 AA violation.
 * - With Sveltia's in-browser test backend and the real content files copied into the
 *   browser's private file system: every collection is listed with all its entries, and an
 *   entry of each collection opens showing every field of its schema; a question's preview is
 *   laid out and styled like its published page, and an edited answer is written back changing
 *   that one line of the file, nothing else.
 * - In two languages: a quiz record and an article open with English and Spanish side by side,
 *   the facts in the English pane only, and a Spanish edit changes the Spanish file's edited
 *   line alone (words only), the English file byte for byte as it was. The content files are
 *   kept in the shape the editor writes (scripts/shared/editor-format.ts) for this.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { recordWordsSchema, spanishArticleSchema } from '../../src/lib/content-schemas';
import { wordsFor } from '../../src/lib/words';
import type { Tier } from '../../src/lib/triage';
import { axeViolations, baseUrl, DESKTOP, launchBrowser, watchPage } from '../support/browser';
import { DIST } from '../support/dist';
import { CHROMIUM_FLAGS, chromePath } from '../../scripts/shared/chromium.ts';
import { gitHostOrigins } from '../../src/lib/cms/csp';
import { notInEditor, spanishTwinOf } from '../../src/lib/cms/config';
import { folderFor, type Locale } from '../../src/lib/cms/translations';
import { EDITOR_OPENER_POLICY } from '../../src/lib/security-headers';

interface Field {
  name: string;
  label: string;
  i18n?: boolean;
}
interface Collection {
  name: string;
  label: string;
  i18n?: boolean;
  /** With `{{locale}}` in it for a two-language collection: see folderOf. */
  folder: string;
  extension: string;
  fields: Field[];
}
const config = JSON.parse(readFileSync(join(DIST, 'admin/config.json'), 'utf8')) as {
  backend: { name: string };
  collections: Collection[];
};
/** Where a collection's files are in a language (English unless said). */
const folderOf = (c: Collection, locale: Locale = 'en') => folderFor(c.folder, locale);
/** The languages a collection's entries are in. */
const localesOf = (c: Collection): Locale[] => (c.i18n ? ['en', 'es'] : ['en']);
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
    for (const folder of localesOf(collection).map((l) => folderOf(collection, l))) {
      // A section's Spanish folder appears with its first translated page.
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder)) {
        if (name.endsWith(`.${collection.extension}`)) {
          files[`${folder}/${name}`] = readFileSync(join(folder, name), 'utf8');
        }
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
function labelsShownWhileScrolling(scope: Locator, labels: string[]): Promise<string[]> {
  return scope.evaluate(async (root, labels) => {
    const wanted = new Set(labels);
    const seen = new Set<string>();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const collect = () => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.replace(/\s+/g, ' ').trim();
        if (wanted.has(text)) seen.add(text);
      }
    };
    const scrollers = [root as HTMLElement, ...root.querySelectorAll<HTMLElement>('*')].filter(
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
      .filter((p) => p.startsWith(`${folderOf(c)}/`))
      .map((p) => p.slice(folderOf(c).length + 1, -(c.extension.length + 1)))
      .sort();

  it('the generated configuration covers every collection Astro builds', () => {
    // A collection's Spanish words are edited beside it, not as a collection of their own.
    const edited = config.collections.flatMap((c) =>
      c.i18n ? [c.name, spanishTwinOf(c.name)] : [c.name],
    );
    expect(edited.sort()).toEqual(astroCollections);
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
          expect(entries.length, `${folderOf(collection)} has files`).toBeGreaterThan(0);
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
            await labelsShownWhileScrolling(page.locator('body'), labels),
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

/**
 * A file's text with one field's line set to a new value: all that saving an edit of that one
 * field may change. The field must be on one line of its own, as the editor writes it.
 */
function withLine(text: string, field: string, value: string): string {
  const line = new RegExp(`^${field}: .*$`, 'm');
  expect(text.match(new RegExp(line, 'gm')), `one "${field}" line`).toHaveLength(1);
  return text.replace(line, `${field}: ${value}`);
}

/** Frontmatter and body of an MDX file. */
function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)!;
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]!.trim() };
}

describe('/admin/ shows a question as its page, and saves an edit without losing a field', () => {
  const questions = config.collections.find((c) => c.name === 'questions')!;
  const slug = 'heat-or-ice';
  const path = `${folderOf(questions)}/${slug}.${questions.extension}`;
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

        // Written back: the answer's line changed, every other byte of the file as it was.
        await expect(readTestFile(page, path)).resolves.toBe(withLine(original, 'answer', answer));
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

/** The editor's two panes of an entry, once the right one shows Spanish instead of the preview. */
async function showSpanish(page: Page) {
  const english = page.getByRole('group', { name: /^Edit \W?English\W? Content$/ });
  const spanish = page.getByRole('group', { name: /^Edit \W?Spanish\W? Content$/ });
  const preview = page.getByRole('group', { name: /^Preview \W?English\W? Content$/ });
  // The editor remembers the choice for each collection: the pane may already be Spanish.
  await spanish.or(preview).waitFor();
  if (await preview.isVisible()) await preview.getByRole('radio', { name: 'Spanish' }).click();
  await spanish.waitFor();
  return { english, spanish };
}

/** Scrolls the panes back to their first field, as they open. */
async function scrollToTop(...panes: Locator[]) {
  for (const pane of panes) {
    await pane.evaluate((root) => {
      for (const el of [root, ...root.querySelectorAll('*')]) el.scrollTop = 0;
    });
  }
}

/** Two screenshots one above the other, for the staff guide. */
async function stack(page: Page, shots: Buffer[], name: string) {
  if (!SHOTS) return;
  const images = shots.map((b) => `<img src="data:image/png;base64,${b.toString('base64')}">`);
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height * shots.length });
  await page.setContent(
    `<body style="margin:0;display:grid;gap:8px;background:#888">${images.join('')}</body>`,
  );
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('/admin/ in two languages: English and Spanish side by side', () => {
  const signs = config.collections.find((c) => c.name === 'warning-signs')!;
  const causes = config.collections.find((c) => c.name === 'causes')!;
  const record = 'fever';
  const article = 'injury';
  /** A page whose Spanish the test adds, from its real translation's words. */
  const untranslated = 'overuse';
  const path = (c: Collection, locale: Locale, slug: string) =>
    `${folderOf(c, locale)}/${slug}.${c.extension}`;
  const labels = (c: Collection, locale: Locale) =>
    c.fields.filter((f) => locale === 'en' || f.i18n).map((f) => f.label);

  it(
    'a quiz record and an article open in both languages, the facts only in English; a Spanish save changes the edited line of the Spanish file and leaves the English file byte for byte',
    () =>
      openAdmin(async (page, watch, context) => {
        expect(signs.i18n && causes.i18n).toBe(true);
        const files = {
          ...fileOf(folderOf(signs), `${record}.yaml`),
          ...fileOf(folderOf(signs, 'es'), `${record}.yaml`),
          ...fileOf(folderOf(causes), `${article}.mdx`),
          ...fileOf(folderOf(causes, 'es'), `${article}.mdx`),
          // A page without its Spanish: a translator adds it here.
          ...fileOf(folderOf(causes), `${untranslated}.mdx`),
        };
        await openEntry(page, context, files, `warning-signs/entries/${record}`);

        // The record: every field in English, its words alone in Spanish.
        let panes = await showSpanish(page);
        expect(await labelsShownWhileScrolling(panes.english, labels(signs, 'en'))).toEqual(
          labels(signs, 'en'),
        );
        expect(await labelsShownWhileScrolling(panes.spanish, labels(signs, 'en'))).toEqual(
          labels(signs, 'es'),
        );
        expect(labels(signs, 'es')).not.toContain('How urgent');
        const wordsLabel = 'The sign, in a visitor’s words';
        for (const [pane, locale] of [
          [panes.english, 'en'],
          [panes.spanish, 'es'],
        ] as const) {
          const file = parse(files[path(signs, locale, record)]!) as { words: string };
          await expect(pane.getByRole('textbox', { name: wordsLabel }).inputValue()).resolves.toBe(
            file.words,
          );
        }
        await scrollToTop(panes.english, panes.spanish);
        const shots = [await page.screenshot()];

        // A Spanish edit: the Spanish file changes on the edited line alone, and holds words
        // only; the English file, which the clinician approves, stays byte for byte as it was.
        const short = 'fiebre o escalofríos, a veces con temblores';
        await panes.spanish.getByRole('textbox', { name: 'Short form' }).fill(short);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const esPath = path(signs, 'es', record);
        await expect.poll(() => readTestFile(page, esPath)).not.toBe(files[esPath]);
        const enPath = path(signs, 'en', record);
        await expect(readTestFile(page, enPath)).resolves.toBe(files[enPath]);
        const esText = await readTestFile(page, esPath);
        expect(esText).toBe(withLine(files[esPath]!, 'short', short));
        recordWordsSchema.parse(parse(esText));

        // An article: its Spanish words beside the English, the facts in English only.
        await page.goto(`${baseUrl}/admin/#/collections/causes/entries/${article}`);
        panes = await showSpanish(page);
        const spanishTitle = splitMdx(files[path(causes, 'es', article)]!).data.title;
        await expect(
          panes.spanish.getByRole('textbox', { name: 'Title', exact: true }).inputValue(),
        ).resolves.toBe(spanishTitle);
        expect(await labelsShownWhileScrolling(panes.spanish, labels(causes, 'en'))).toEqual(
          labels(causes, 'es'),
        );
        for (const fact of ['Sources', 'Position in the list', 'Reviewer', 'Reviewed on']) {
          expect(labels(causes, 'en')).toContain(fact);
          expect(labels(causes, 'es')).not.toContain(fact);
        }
        await scrollToTop(panes.english, panes.spanish);
        shots.push(await page.screenshot());

        // A Spanish edit of a page: the same, its front matter and page text as they were.
        const title = 'Espasmos de espalda después de una caída, un choque o una lesión';
        await panes.spanish.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const esPage = path(causes, 'es', article);
        await expect.poll(() => readTestFile(page, esPage)).not.toBe(files[esPage]);
        const enPage = path(causes, 'en', article);
        await expect(readTestFile(page, enPage)).resolves.toBe(files[enPage]);
        const esPageText = await readTestFile(page, esPage);
        expect(esPageText).toBe(withLine(files[esPage]!, 'title', title));
        spanishArticleSchema.parse(splitMdx(esPageText).data);

        // A page with no Spanish yet: a translator adds it, starting from a copy of the English.
        await page.goto(`${baseUrl}/admin/#/collections/causes/entries/${untranslated}`);
        panes = await showSpanish(page);
        await panes.spanish.getByRole('button', { name: /^Enable \W?Spanish\W?$/ }).click();
        await panes.spanish
          .getByRole('button', { name: /^Show \W?Spanish\W? Content Options$/ })
          .click();
        await page.getByRole('menuitem', { name: /^Copy from \W?English\W?$/ }).click();
        const translation = splitMdx(readFileSync(path(causes, 'es', untranslated), 'utf8')).data;
        const words = Object.fromEntries(
          ['title', 'description', 'summary', 'slug'].map((n) => [n, String(translation[n])]),
        );
        for (const [name, text] of Object.entries(words)) {
          const label = causes.fields.find((f) => f.name === name)!.label;
          await panes.spanish.getByRole('textbox', { name: label, exact: true }).fill(text);
        }
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const esArticle = path(causes, 'es', untranslated);
        await expect.poll(() => readTestFile(page, esArticle).catch(() => '')).not.toBe('');
        // Words only: the schema of a Spanish page refuses any fact ("Copy from English" copied
        // the sources' titles too; they are dropped on saving).
        const spanishText = await readTestFile(page, esArticle);
        expect(spanishArticleSchema.parse(splitMdx(spanishText).data)).toMatchObject(words);
        const enArticle = path(causes, 'en', untranslated);
        expect(splitMdx(spanishText).body).toBe(splitMdx(files[enArticle]!).body);
        await expect(readTestFile(page, enArticle)).resolves.toBe(files[enArticle]);

        // The Spanish preview (Spanish moved to the left): the sign says how soon in the Spanish
        // page's own words, from the English file's tier.
        await page.goto(`${baseUrl}/admin/#/collections/warning-signs/entries/${record}`);
        panes = await showSpanish(page);
        await page.getByRole('button', { name: 'Swap Panes' }).click();
        await panes.english.getByRole('radio', { name: 'Preview' }).click();
        const tier = (parse(files[path(signs, 'en', record)]!) as { tier: Tier }).tier;
        await expect(
          page
            .frameLocator('iframe[title="Content Preview"]')
            .locator('[data-preview="warning-sign"] h2')
            .innerText(),
        ).resolves.toBe(wordsFor('es').tierText[tier].heading);

        await stack(page, shots, 'editor-side-by-side');
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.offOrigin).toEqual([]);
      }),
    180_000,
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
