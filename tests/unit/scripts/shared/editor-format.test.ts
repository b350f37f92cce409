/**
 * The text the editor writes for a content file (scripts/shared/editor-format.ts). That it is the
 * editor's real output is shown in Chromium (tests/e2e/admin.test.ts: a saved record and page
 * come back byte for byte); here, each rule on small made-up collections.
 */
import { describe, expect, it } from 'vitest';
import {
  editorData,
  editorText,
  type EditorCollection,
} from '../../../../scripts/shared/editor-format';
import type { CmsField } from '../../../../src/lib/cms/fields';

const field = (name: string, widget: string, more: Partial<CmsField> = {}): CmsField => ({
  name,
  label: name,
  widget,
  required: true,
  ...more,
});

const record: EditorCollection = {
  format: 'yaml',
  fields: [
    field('words', 'text', { i18n: true }),
    field('tier', 'select', { i18n: false }),
    field('flag', 'boolean', { i18n: false, required: false }),
    field('note', 'text', { i18n: true, required: false }),
    field('source', 'object', {
      i18n: false,
      fields: [field('title', 'text'), field('year', 'number', { required: false })],
    }),
    field('order', 'number', { i18n: false }),
  ],
};

describe('editorText on a YAML record', () => {
  it('keeps a file already in the editor’s shape byte for byte', () => {
    const text =
      'words: A fever\ntier: urgent\nflag: false\nsource:\n  title: Back pain\norder: 1\n';
    expect(editorText(record, 'en', text)).toBe(text);
  });

  it('drops a comment, puts keys in field order (nested too) and writes a checkbox’s default', () => {
    const text =
      '# A sign.\norder: 1\nsource:\n  year: 2020\n  title: Back pain\nwords: A fever\ntier: urgent\n';
    expect(editorText(record, 'en', text)).toBe(
      'words: A fever\ntier: urgent\nflag: false\nsource:\n  title: Back pain\n  year: 2020\norder: 1\n',
    );
  });

  it('puts keys no field names last, sorted as the editor sorts them', () => {
    expect(
      Object.keys(editorData(record.fields, { b10: 1, b9: 1, A: 1, words: 'x' }, 'en')),
    ).toEqual(['words', 'flag', 'A', 'b9', 'b10']);
  });

  it('leaves an empty optional field out, and keeps an empty required one', () => {
    expect(editorData(record.fields, { words: '', note: '  ', flag: true }, 'en')).toEqual({
      words: '',
      flag: true,
    });
  });

  it('trims text and writes a number in a text field or a choice as text', () => {
    expect(editorText(record, 'en', 'words: 911\ntier: 911\nnote: "  ok "\n')).toBe(
      "words: '911'\ntier: '911'\nflag: false\nnote: ok\n",
    );
  });

  it('unfolds a long line, writes a list one item per line and quotes only where YAML must', () => {
    const lists: EditorCollection = {
      format: 'yaml',
      fields: [
        field('why', 'text'),
        field('terms', 'list', { field: field('term', 'string') }),
        field('title', 'string'),
      ],
    };
    const text = "why:\n  A long\n  line\nterms: [a, 'b']\ntitle: 'Why: the reason'\n";
    expect(editorText(lists, 'en', text)).toBe(
      "why: A long line\nterms:\n  - a\n  - b\ntitle: 'Why: the reason'\n",
    );
  });

  it('writes only the translated fields in Spanish (no checkbox default either)', () => {
    expect(editorText(record, 'es', '# Spanish.\ntier: urgent\nnote: Nota\nwords: Fiebre\n')).toBe(
      'words: Fiebre\nnote: Nota\n',
    );
  });
});

describe('editorText on an MDX page', () => {
  const page: EditorCollection = {
    format: 'frontmatter',
    fields: [field('title', 'string'), field('body', 'markdown'), field('order', 'number')],
  };

  it('writes the front matter in field order, a blank line, then the page text as it is', () => {
    const text = '---\norder: 2\ntitle: Heat\n---\n## Why\n\nText *here*.\n\n';
    expect(editorText(page, 'en', text)).toBe(
      '---\ntitle: Heat\norder: 2\n---\n\n## Why\n\nText *here*.\n',
    );
  });

  it('keeps a page already in the editor’s shape byte for byte', () => {
    const text = '---\ntitle: Heat\norder: 2\n---\n\n## Why\n\nText.\n';
    expect(editorText(page, 'en', text)).toBe(text);
  });
});
