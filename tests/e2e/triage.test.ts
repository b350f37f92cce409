/**
 * The triage quiz in real Chromium against the built site: every outcome by keyboard alone,
 * focus on each new legend and on the result heading, Back and Start again, axe on every step
 * and result, no request or storage while answering, the no-JS fallback, and the island's size.
 */
import { pathsIn } from '../../src/lib/i18n';
import { wordsFor } from '../../src/lib/words';
const en = wordsFor('en');
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  PHONE,
  preloadAxe,
  watchPage,
} from '../support/browser';
import { tiers, type Outcome, type Place } from '../../src/lib/triage';
import { BUDGET } from '../../scripts/budget/page-budget';
import { resultWords } from '../../src/lib/triage-content';
import { outcomeText } from '../../src/lib/words/en/what-to-do';
import { quizText } from '../../src/lib/words/en/quiz';
import { loadStories, loadTriageData, quizSteps } from '../fixtures/warning-signs';
import type { QuizStoryData } from '../../src/lib/content-schemas';

const steps = quizSteps();
const data = loadTriageData();
const signs = data.signs;

const URL = () => `${baseUrl}/triage/`;
/** The quiz, Preact runtime and Astro's island loader together must stay under this. */
const ISLAND_BUDGET = BUDGET.islandJs;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withContext<T>(
  fn: (context: BrowserContext) => Promise<T>,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

/** Opens /triage/ in `page` and waits until the island has hydrated the server-rendered step 1. */
async function loadQuiz(page: Page, url = URL()): Promise<Page> {
  await page.goto(url);
  await page.locator('.triage-step fieldset:not([disabled]) legend').waitFor();
  return page;
}

const openQuiz = async (context: BrowserContext) => loadQuiz(await context.newPage());

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      text: el?.textContent?.trim() ?? '',
      value: (el as HTMLInputElement | null)?.value,
      id: el?.id,
    };
  });

/**
 * Presses Tab (forward only) until an element inside the quiz matching `selector` (and `text`,
 * when given) has focus. Fails rather than clicking. Scoped to the quiz because the site
 * header has its own submit button (search).
 */
async function tabTo(page: Page, selector: string, text?: string) {
  for (let i = 0; i < 80; i++) {
    const there = await page.evaluate(
      ([s, t]) => {
        const el = document.activeElement;
        if (!el?.matches(`.triage-quiz ${s}`)) return false;
        return t === undefined || el.textContent?.trim() === t;
      },
      [selector, text] as const,
    );
    if (there) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

async function tickByKeyboard(page: Page, value: string) {
  await tabTo(page, `input[type=checkbox][value="${value}"]`);
  await page.keyboard.press('Space');
  // Preact re-renders after the key: wait for the state, never read it straight away.
  await expect.poll(() => page.locator(`input[value="${value}"]`).isChecked()).toBe(true);
}

async function submitByKeyboard(page: Page) {
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
}

async function expectStep(page: Page, index: number) {
  const legend = page.locator('.triage-step legend');
  await expect.poll(() => legend.textContent()).toContain(steps[index].legend);
  await expect.poll(async () => (await focused(page)).tag).toBe('legend');
  expect((await focused(page)).text).toContain(steps[index].legend);
  const live = await page.locator('.triage-quiz [aria-live]').textContent();
  if (index > 0) expect(live).toContain(quizText.stepOf(index + 1, steps.length));
}

async function expectResult(page: Page, outcome: Outcome, place: Place) {
  const result = page.locator('[data-outcome]');
  await result.waitFor();
  expect(await result.count()).toBe(1);
  expect(await result.getAttribute('data-outcome')).toBe(outcome);
  expect(await result.getAttribute('data-place')).toBe(place);
  const { heading } = resultWords({ outcome, place }, en);
  await expect.poll(async () => (await focused(page)).tag).toBe('h2');
  expect((await focused(page)).text).toBe(heading);
  expect(await page.locator('.triage-quiz [aria-live]').textContent()).toContain(heading);
}

/** Every checkbox and button on the current view is at least 24×24 CSS px. */
async function expectTargetSizes(page: Page) {
  const small = await page.$$eval('.triage-quiz input, .triage-quiz button', (els) =>
    els
      .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el }) => el),
  );
  expect(small).toEqual([]);
}

/** The clinical contract: every story a physician pinned (src/content/quiz-stories.yaml). */
const stories = loadStories().map((check) => check.story);
/** One story for each place the contract names, walked by keyboard with every check. */
const byPlace = [...new Map(stories.map((story) => [story.place, story] as const)).values()];

/** The index of the step on show, from its "Step n of N" counter (first number, any language). */
async function stepOnShow(page: Page): Promise<number> {
  const text = (await page.locator('.triage-step legend .triage-count').textContent()) ?? '';
  return Number(/(\d+)/.exec(text)![1]) - 1;
}

/** The story's boxes on a step, as the step lists them (a follow-up after its box), or none. */
const boxesFor = (story: QuizStoryData, index: number) => {
  const mine = steps[index].choices.filter((c) => story.boxes.includes(c.value));
  return mine.length > 0 ? mine.map((c) => c.value) : ['none'];
};

/**
 * The quiz's views axe has checked in this run: each step and each result looks the same
 * whichever path reaches it, so axe runs on it once (about 2 s each), on the quiz alone (the
 * crawl checks the page around it).
 */
const checked = new Set<string>();
async function axeOnce(page: Page, view: string) {
  if (checked.has(view)) return;
  checked.add(view);
  expect(await axeViolations(page, { include: '.triage-quiz' }), view).toEqual([]);
}

describe('the quiz by keyboard alone', () => {
  /**
   * One tab walks every path, the quiz opened afresh for each: a new tab would cost Chromium a
   * new renderer process, and axe, preloaded, stays compiled from path to path.
   */
  let tab: { context: BrowserContext; page: Page; watch: Awaited<ReturnType<typeof watchPage>> };
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await preloadAxe(context);
    const watch = await watchPage(context);
    tab = { context, watch, page: await context.newPage() };
  });
  afterAll(() => tab?.context.close());

  it.each(byPlace.map((story) => [story.place, story] as const))(
    'reaches %s, with focus, axe and privacy checked at every step',
    async (_, story) => {
      const { outcome, place } = story;
      const { context, page, watch } = tab;
      watch.consoleErrors.length = 0;
      watch.offOrigin.length = 0;
      await loadQuiz(page);
      const requests: string[] = [];
      const onRequest = (r: Request) => requests.push(r.url());
      page.on('request', onRequest);
      try {
        let previous = -1;
        while ((await page.locator('[data-outcome]').count()) === 0) {
          const index = await stepOnShow(page);
          expect(index, 'a step never repeats').toBeGreaterThan(previous);
          previous = index;
          if (index > 0) await expectStep(page, index);
          await axeOnce(page, `step ${index + 1}`);
          await expectTargetSizes(page);
          for (const value of boxesFor(story, index)) await tickByKeyboard(page, value);
          await submitByKeyboard(page);
          await page.waitForFunction(
            (i) =>
              document.querySelector('[data-outcome]') !== null ||
              !document
                .querySelector('.triage-step legend')
                ?.textContent?.includes(`Step ${i + 1} `),
            index,
          );
        }

        await expectResult(page, outcome, place);
        await axeOnce(page, `result ${outcome} (${place})`);
        await expectTargetSizes(page);
        const text = await page.locator('[data-outcome]').innerText();
        expect(text).toContain(resultWords({ outcome, place }, en).action);
        for (const line of outcomeText[outcome].todo) expect(text).toContain(line);
        if (outcome === 'emergency') expect(text).toContain('Do not drive yourself');

        // Answers never leave the browser: no request, no cookie, no storage.
        expect(requests).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
        expect(stored).toBe(0);
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.offOrigin).toEqual([]);
      } finally {
        page.off('request', onRequest);
      }
    },
  );

  it('Back keeps answers and Start again clears them, with focus on the legend', async () => {
    await withContext(async (context) => {
      const page = await openQuiz(context);
      await tickByKeyboard(page, 'none');
      await submitByKeyboard(page);
      await expectStep(page, 1);

      await tabTo(page, 'button', quizText.back);
      await page.keyboard.press('Enter');
      await expectStep(page, 0);
      expect(await page.locator('input[value="none"]').isChecked()).toBe(true);

      // Straight to a result, then Back shows the step that produced it.
      await submitByKeyboard(page);
      await expectStep(page, 1);
      await tickByKeyboard(page, 'none');
      await submitByKeyboard(page);
      await expectStep(page, 2);
      await tickByKeyboard(page, 'weight-loss');
      await submitByKeyboard(page);
      await expectResult(page, 'urgent', 'same-day');
      await tabTo(page, '[data-outcome] button', quizText.back);
      await page.keyboard.press('Enter');
      await expectStep(page, 2);
      expect(await page.locator('input[value="weight-loss"]').isChecked()).toBe(true);

      await submitByKeyboard(page);
      await expectResult(page, 'urgent', 'same-day');
      await tabTo(page, 'button', quizText.startAgain);
      await page.keyboard.press('Enter');
      await expectStep(page, 0);
      expect(await page.locator('input:checked').count()).toBe(0);
      expect(await page.locator('[data-outcome]').count()).toBe(0);
    });
  });

  it('"None of these" is exclusive, and an empty step is refused with a message', async () => {
    await withContext(async (context) => {
      const page = await openQuiz(context);
      await submitByKeyboard(page);
      await expect.poll(() => page.locator('#triage-error').textContent()).toBe(quizText.required);
      await expect.poll(async () => (await focused(page)).value).toBe(steps[0].choices[0]!.value);
      expect(await axeViolations(page)).toEqual([]);

      await tickByKeyboard(page, 'chest-pain');
      await tickByKeyboard(page, 'none');
      await expect.poll(() => page.locator('input[value="chest-pain"]').isChecked()).toBe(false);
      await expect.poll(() => page.locator('#triage-error').count()).toBe(0);
    });
  });

  it('shows a visible focus indicator on the controls', async () => {
    await withContext(async (context) => {
      const page = await openQuiz(context);
      await tabTo(page, 'input[value="chest-pain"]');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    });
  });

  it('fits a 320 px wide screen (400% zoom) without sideways scrolling', async () => {
    await withContext(
      async (context) => {
        const page = await openQuiz(context);
        // Quiz elements that stick out past the right edge of the screen.
        const overflow = () =>
          page.$$eval('.triage-quiz, .triage-quiz *', (els) =>
            els
              .filter(
                (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth,
              )
              .map((el) => el.outerHTML.slice(0, 60)),
          );
        expect(await overflow()).toEqual([]);
        // The lists of signs by how soon fit too: nothing in <main> sticks out.
        const mainOverflow = await page.$$eval('main *', (els) =>
          els.filter((el) => el.getBoundingClientRect().right > 320).map((el) => el.tagName),
        );
        expect(mainOverflow).toEqual([]);
        await tickByKeyboard(page, 'serious-accident');
        await submitByKeyboard(page);
        await expectResult(page, 'emergency', '911');
        expect(await overflow()).toEqual([]);
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});

describe('the clinical contract, through the real quiz', () => {
  let page: Page;
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  // The same stories in Spanish: the same records and engine, so the same advice.
  it.each(
    (['en', 'es'] as const).flatMap((lang) =>
      stories.map((story) => [lang, story.id, story] as const),
    ),
  )('%s: story %s gets the outcome and place it expects', async (lang, _, story) => {
    await loadQuiz(page, `${baseUrl}${pathsIn[lang].triage}`);
    while ((await page.locator('[data-outcome]').count()) === 0) {
      const index = await stepOnShow(page);
      for (const value of boxesFor(story, index)) await page.check(`input[value="${value}"]`);
      await page.click('.triage-quiz button[type=submit]');
      await page.waitForFunction(
        (i) =>
          document.querySelector('[data-outcome]') !== null ||
          !new RegExp(`^\\D*${i + 1}\\D`).test(
            document.querySelector('.triage-step legend .triage-count')?.textContent ?? '',
          ),
        index,
      );
    }
    const result = page.locator('[data-outcome]');
    expect(await result.getAttribute('data-outcome')).toBe(story.outcome);
    expect(await result.getAttribute('data-place')).toBe(story.place);
  });
});

describe('without JavaScript', () => {
  it('shows every sign and rule, grouped by how soon, instead of the quiz', async () => {
    await withContext(
      async (context) => {
        const page = await context.newPage();
        await page.goto(URL());
        expect(await page.locator('.triage-quiz').isVisible()).toBe(false);
        expect(await page.locator('.triage-fallback').isVisible()).toBe(true);

        for (const tier of tiers) {
          const block = page.locator(`main section[data-warning-tier="${tier}"]`);
          expect(await block.isVisible(), tier).toBe(true);
          const shown = await block
            .locator('[data-sign]')
            .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-sign')));
          expect(shown, tier).toEqual(signs.filter((s) => s.tier === tier).map((s) => s.id));
        }
        const emergency = page.locator('main section[data-warning-tier="emergency"]');
        expect(await emergency.innerText()).toContain('Call 911');
        expect(await emergency.innerText()).toContain('Do not drive yourself');
        expect(await emergency.innerText()).toContain('Do not wait');
        expect(
          await page.locator('main section[data-warning-tier="urgent"]').innerText(),
        ).toContain('See a medical doctor today');

        const rules = await page
          .locator('main [data-rule]')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule')));
        expect([...rules].sort()).toEqual(data.rules.map((r) => r.id).sort());
        for (const id of data.situations.filter((x) => x.kind === 'pattern' && x.outcome)) {
          expect(await page.locator(`main [data-situation="${id.id}"]`).isVisible(), id.id).toBe(
            true,
          );
        }
        expect(await page.locator('main table').count()).toBe(0);
      },
      { javaScriptEnabled: false },
    );
  });

  it('passes axe when the island cannot load', async () => {
    // axe itself needs JavaScript, so block only the island's scripts to get the same view.
    await withContext(async (context) => {
      await context.route('**/_astro/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(URL(), { waitUntil: 'networkidle' });
      expect(await page.locator('.triage-fallback').isVisible()).toBe(true);
      // The server-rendered step stays disabled: nothing can be ticked or sent.
      expect(await page.locator('.triage-step fieldset[disabled]').count()).toBe(1);
      expect(await page.locator('.triage-step input').first().isDisabled()).toBe(true);
      expect(await page.locator('.triage-step button[type=submit]').isDisabled()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('size', () => {
  it(`the island ships at most ${ISLAND_BUDGET} bytes of gzipped JavaScript`, async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      const files = new Map<string, number>();
      // Bodies arrive asynchronously: keep every read and await them all before summing.
      const reads: Promise<void>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        reads.push(
          response.body().then((body) => {
            files.set(new globalThis.URL(response.url()).pathname, gzipSync(body).length);
          }),
        );
      });
      await page.goto(URL(), { waitUntil: 'networkidle' });
      await page.locator('.triage-step fieldset:not([disabled]) legend').waitFor();
      await Promise.all(reads);
      // Astro's island loader is inlined in the page, so count it too.
      const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (s) =>
        s.map((el) => el.textContent ?? ''),
      );
      const inlineBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
      const fileBytes = [...files.values()].reduce((a, b) => a + b, 0);

      expect([...files.keys()].every((p) => p.startsWith('/_astro/'))).toBe(true);
      console.info(
        `triage island: ${fileBytes} B gzipped in ${files.size} files ` +
          `(${[...files].map(([p, b]) => `${p.replace('/_astro/', '')} ${b}`).join(', ')}) ` +
          `+ ${inlineBytes} B inline loader = ${fileBytes + inlineBytes} B`,
      );
      expect(fileBytes + inlineBytes).toBeLessThanOrEqual(ISLAND_BUDGET);
    });
  });
});

describe('/when-to-see-a-doctor/', () => {
  it('puts the emergency signs first, then today, then soon, and shares the quiz data', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/when-to-see-a-doctor/`);
      const order = await page.$$eval('main h2', (hs) =>
        hs.map((h) => h.closest('section[id]')?.id ?? h.id),
      );
      expect(order.slice(0, 3)).toEqual(['emergency', 'urgent', 'doctor']);
      expect(order.indexOf('doctor')).toBeLessThan(order.indexOf('chiropractic-first'));

      const emergency = await page.locator('#emergency').innerText();
      for (const sign of signs.filter((s) => s.tier === 'emergency')) {
        expect(emergency).toContain(sign.words);
      }
      expect(emergency).toContain('Do not drive yourself');
      expect(await page.locator('main [data-rule]').count()).toBe(data.rules.length);
      expect(await page.locator('main a[href="/triage/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('main time[datetime]').count()).toBeGreaterThan(0);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    });
  });
});

describe('the printable card', () => {
  it('prints on one letter-size sheet', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/when-to-see-a-doctor/card/`);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(1);
    });
  });
});
