import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SECTION,
  ogCardSection,
  ogCardTree,
  ogImageAlt,
  ogImagePath,
  titleSize,
  type OgNode,
} from '../../../src/lib/og';

const texts = (node: OgNode | string): string[] =>
  typeof node === 'string'
    ? [node]
    : typeof node.props.children === 'string'
      ? [node.props.children]
      : (node.props.children ?? []).flatMap(texts);
const images = (node: OgNode | string): string[] =>
  typeof node === 'string'
    ? []
    : [
        ...(node.type === 'img' ? [node.props.src!] : []),
        ...(Array.isArray(node.props.children) ? node.props.children.flatMap(images) : []),
      ];

describe('link preview cards', () => {
  it.each([
    ['/', '/og/home.png'],
    ['/causes/', '/og/causes.png'],
    ['/causes/overuse/', '/og/causes/overuse.png'],
    ['/404.html', '/og/404.png'],
  ])('%s has its card at %s', (page, image) => {
    expect(ogImagePath(page)).toBe(image);
  });

  it('names the guide for pages outside a section', () => {
    expect(ogCardSection(undefined)).toBe(DEFAULT_SECTION);
    expect(ogCardSection('Exercises')).toBe('Exercises');
  });

  it('shows title, section and clinic, and the drawing only when there is one', () => {
    const card = {
      title: 'Bird dog',
      section: 'Exercises',
      clinicName: 'Ashburn Village Chiropractic',
    };
    expect(texts(ogCardTree(card))).toEqual(
      expect.arrayContaining(['Bird dog', 'Exercises', 'Ashburn Village Chiropractic']),
    );
    expect(images(ogCardTree(card))).toEqual([]);
    expect(images(ogCardTree({ ...card, drawing: 'data:image/svg+xml;base64,AA==' }))).toEqual([
      'data:image/svg+xml;base64,AA==',
    ]);
    expect(ogImageAlt(card)).toBe(
      'Preview card: “Bird dog”, Exercises, Ashburn Village Chiropractic',
    );
  });

  it('shrinks long titles, and more so beside a drawing', () => {
    expect(titleSize('Short', false)).toBeGreaterThan(titleSize('A'.repeat(90), false));
    expect(titleSize('A'.repeat(40), true)).toBeLessThan(titleSize('A'.repeat(40), false));
  });
});
