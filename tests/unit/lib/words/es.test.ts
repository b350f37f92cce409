/**
 * The Spanish words are a twin of the English: the same tables with the same keys, the same
 * number of steps and links in each outcome, the same facts (every number the English says,
 * the Spanish says), no slot left unfilled, and links that land on a Spanish page where one
 * exists, or warn that the page is in English.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as enHowSoon from '../../../../src/lib/words/en/how-soon';
import * as enWhere from '../../../../src/lib/words/en/where';
import * as enWhatToDo from '../../../../src/lib/words/en/what-to-do';
import * as enQuiz from '../../../../src/lib/words/en/quiz';
import * as enRuleLists from '../../../../src/lib/words/en/rule-lists';
import * as esHowSoon from '../../../../src/lib/words/es/how-soon';
import * as esWhere from '../../../../src/lib/words/es/where';
import * as esWhatToDo from '../../../../src/lib/words/es/what-to-do';
import * as esQuiz from '../../../../src/lib/words/es/quiz';
import * as esRuleLists from '../../../../src/lib/words/es/rule-lists';
import { quizChecksText as enQuizChecks } from '../../../../src/lib/words/en/quiz-checks';
import { quizChecksText as esQuizChecks } from '../../../../src/lib/words/es/quiz-checks';
import { esPaths, inSpanish, paths, type PageKey } from '../../../../src/lib/paths';
import { tiers } from '../../../../src/lib/triage';

const modules = [
  ['how-soon', enHowSoon, esHowSoon],
  ['where', enWhere, esWhere],
  ['what-to-do', enWhatToDo, esWhatToDo],
  ['quiz', enQuiz, esQuiz],
  ['rule-lists', enRuleLists, esRuleLists],
] as const;

/** The arguments each exported sentence-building function is called with. */
const callWith: Record<string, readonly (readonly unknown[])[]> = {
  stepOf: [[2, 5]],
  tierHref: tiers.map((tier) => [tier]),
};

/** A value's shape: its keys, array lengths and the results of its functions; strings as 'text'. */
function shape(value: unknown, name = ''): unknown {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'function') {
    const calls = callWith[name];
    if (!calls) throw new Error(`No sample arguments for the function ${name}.`);
    return calls.map((args) => shape((value as (...a: unknown[]) => unknown)(...args)));
  }
  if (Array.isArray(value)) return value.map((item) => shape(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key], key)]),
    );
  }
  return value;
}

/** Every string of an English value beside its Spanish twin, named by its path. */
function* twins(en: unknown, es: unknown, path: string): Generator<[string, string, string]> {
  if (typeof en === 'string') {
    yield [path, en, String(es)];
  } else if (typeof en === 'function') {
    const name = path.split('.').pop()!;
    for (const args of callWith[name] ?? []) {
      const call = (f: unknown) => (f as (...a: unknown[]) => unknown)(...args);
      yield* twins(call(en), call(es), `${path}(${args.join(', ')})`);
    }
  } else if (en && typeof en === 'object') {
    for (const [key, value] of Object.entries(en)) {
      yield* twins(value, (es as Record<string, unknown>)?.[key], `${path}.${key}`);
    }
  }
}

const allTwins = modules.flatMap(([file, en, es]) => [...twins(en, es, file)]);
const digits = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe('the Spanish words', () => {
  it.each(modules)('%s exports the same names, shaped the same, as the English', (_, en, es) => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(shape(es)).toEqual(shape(en));
  });

  it('are compared string by string, every table included', () => {
    // Guards the walk itself: a walk that found nothing would pass the checks below vacuously.
    const files = new Set(allTwins.map(([path]) => path.split('.')[0]));
    expect([...files].sort()).toEqual(modules.map(([file]) => file).sort());
    expect(allTwins.length).toBeGreaterThan(100);
  });

  it.each(allTwins)('%s says the same numbers as the English', (_, en, es) => {
    expect(digits(es)).toEqual(digits(en));
  });

  it.each(allTwins)('%s has no slot left unfilled', (_, __, es) => {
    expect(es).not.toMatch(/[{}]/);
  });

  it.each(modules.map(([file]) => file))(
    '%s.ts writes no number as text where the English fills a slot',
    (file) => {
      // After filling, "911" typed by hand reads like the slot's 911; only the source tells them
      // apart, and a number typed by hand would not follow a change to the fact.
      const numbersIn = (language: string) =>
        digits(
          readFileSync(`src/lib/words/${language}/${file}.ts`, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\/\/.*$/gm, ''),
        );
      expect(numbersIn('es')).toEqual(numbersIn('en'));
    },
  );

  it('sends every tier to the same place as the English', () => {
    for (const tier of tiers) {
      expect(esHowSoon.tierText[tier].place).toBe(enHowSoon.tierText[tier].place);
    }
  });
});

describe('the Spanish words of a page that fills its slots as it renders', () => {
  // The quiz-checks page fills {count} and {agreeing} from the stories, and puts its links in
  // {quiz} and {signs}: each Spanish sentence names the slots its English twin names.
  const slotsIn = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
  const sentences = Object.entries(enQuizChecks).map(
    ([key, en]) => [key, en, esQuizChecks[key as keyof typeof enQuizChecks]] as const,
  );

  it('has every sentence the English has, and no other', () => {
    expect(Object.keys(esQuizChecks).sort()).toEqual(Object.keys(enQuizChecks).sort());
  });

  it.each(sentences)('quiz-checks %s names the same slots and numbers', (_, en, es) => {
    expect(slotsIn(es)).toEqual(slotsIn(en));
    expect(digits(es)).toEqual(digits(en));
  });
});

describe('the Spanish links', () => {
  /** The page an English address belongs to, and the anchor after it. */
  const pageOf = (href: string): [PageKey, string] => {
    const [address, anchor = ''] = href.split('#');
    const key = (Object.keys(paths) as PageKey[]).find((k) => paths[k] === address);
    if (!key) throw new Error(`${href} is no page in paths.`);
    return [key, anchor];
  };

  const linkTwins = Object.keys(enWhatToDo.links).map((name) => {
    const key = name as keyof typeof enWhatToDo.links;
    return [name, enWhatToDo.links[key], esWhatToDo.links[key]] as const;
  });

  it.each(linkTwins)('%s lands on the same page, in Spanish where it exists', (_, en, es) => {
    const [page, anchor] = pageOf(en.href);
    expect(es.href).toBe(anchor ? `${esPaths[page]}#${anchor}` : esPaths[page]);
    expect(es.label.endsWith(' (en inglés)')).toBe(!inSpanish(page));
  });

  it('each outcome links to the twins of the English pages, in the same order', () => {
    for (const [outcome, text] of Object.entries(enWhatToDo.outcomeText)) {
      const spanish = esWhatToDo.outcomeText[outcome as keyof typeof enWhatToDo.outcomeText];
      const twinOf = (href: string) => linkTwins.find(([, en]) => en.href === href)?.[2].href;
      expect(spanish.links.map((link) => link.href)).toEqual(
        text.links.map((link) => twinOf(link.href)),
      );
    }
  });
});
