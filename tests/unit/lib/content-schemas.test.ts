import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema, exerciseSchema } from '../../../src/lib/content-schemas';
import { validArticle, validExercise } from '../../fixtures/content';

describe('articleSchema', () => {
  it('accepts a complete article and defaults alsoCalled', () => {
    const parsed = articleSchema.parse(validArticle);
    expect(parsed.alsoCalled).toEqual([]);
    expect(parsed.updated).toBeInstanceOf(Date);
    expect(parsed.reviewer).toBeUndefined();
  });
  it('accepts a recorded review: reviewer and day together', () => {
    const parsed = articleSchema.parse({
      ...validArticle,
      reviewer: 'jonathan-solomon',
      reviewedOn: '2026-11-28',
    });
    expect(parsed.reviewedOn).toBeInstanceOf(Date);
  });
  it('rejects a half-recorded review, naming the missing field', () => {
    const noDay = articleSchema.safeParse({ ...validArticle, reviewer: 'jonathan-solomon' });
    expect(noDay.error?.issues[0]?.path).toEqual(['reviewedOn']);
    const noName = articleSchema.safeParse({ ...validArticle, reviewedOn: '2026-11-28' });
    expect(noName.error?.issues[0]?.path).toEqual(['reviewer']);
  });
  it('rejects a reviewer the clinic does not have', () => {
    const result = articleSchema.safeParse({
      ...validArticle,
      reviewer: 'dr-who',
      reviewedOn: '2026-11-28',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['reviewer']);
  });
  it('rejects more than five references', () => {
    const refs = Array.from({ length: 6 }, () => validArticle.references[0]);
    const result = articleSchema.safeParse({ ...validArticle, references: refs });
    expect(result.error?.issues[0]?.message).toMatch(/at most 5/);
  });
});

describe('exerciseSchema', () => {
  const schema = exerciseSchema(z.string());
  it('accepts a complete exercise', () => {
    expect(schema.parse(validExercise).steps).toHaveLength(3);
  });
  it('needs a dose: hold or repetitions', () => {
    const { hold: _h, repetitions: _r, ...noDose } = validExercise;
    const result = schema.safeParse(noDose);
    expect(result.error?.issues[0]).toMatchObject({ path: ['hold'] });
    expect(result.error?.issues[0]?.message).toMatch(/starting dose/);
  });
  it('needs at least one "stop if" caution', () => {
    const result = schema.safeParse({ ...validExercise, cautions: [] });
    expect(result.error?.issues[0]?.path).toEqual(['cautions']);
  });
});
