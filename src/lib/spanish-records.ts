/**
 * The quiz's records in Spanish: the English records' facts (tier, place, order, source, the
 * rules' situations) with the words of their Spanish twins, src/content/es/<folder>/<id>.yaml.
 * A fact is never written twice, so the Spanish quiz gives the same outcome and place as the
 * English one by construction. The build stops, naming the file and the field, where a Spanish
 * twin is missing, lacks a field its English record has, or says a different number.
 */
import type { RecordWords } from './content-schemas';
import { folders, type Situation, type TriageData, type TriageRule } from './warning-signs.ts';
import { missingNumbers } from './numbers.ts';

/** Where the Spanish words live: the English tree's twin under es/. */
export const SPANISH_CONTENT = 'src/content/es';

/** The folders of quiz records that have Spanish twins, one collection each (`es-<folder>`). */
export const SPANISH_RECORD_FOLDERS = Object.values(folders);

export type SpanishRecordFolder = (typeof SPANISH_RECORD_FOLDERS)[number];

/** The word fields a record may have; each one the English has, the Spanish must have. */
const WORD_FIELDS = ['words', 'short', 'example', 'why', 'note', 'beforeHandsOnCare'] as const;

/** The numbers a text states ("100.4", "38", "20"), which a translation must keep. */

type Record_ = Situation | TriageRule;

function translate<T extends Record_>(
  record: T,
  spanish: ReadonlyMap<string, RecordWords>,
  problems: string[],
): T {
  const key = `${folders[record.kind]}/${record.id}`;
  const file = `${SPANISH_CONTENT}/${key}.yaml`;
  const words = spanish.get(key);
  if (!words) {
    problems.push(`${file}: missing. Every quiz record needs its Spanish words.`);
    return record;
  }
  const out: Record<string, unknown> = { ...record };
  for (const field of WORD_FIELDS) {
    const english = (record as unknown as Record<string, unknown>)[field];
    if (typeof english !== 'string') continue;
    const text = words[field];
    if (text === undefined) {
      problems.push(`${file}: ${field} is missing; the English record has it.`);
      continue;
    }
    const lost = missingNumbers(english, text);
    if (lost.length > 0) {
      problems.push(`${file}: ${field} leaves out ${lost.join(', ')}, which the English says.`);
    }
    out[field] = text;
  }
  return out as T;
}

/**
 * The records with their Spanish words. Throws, naming every file and field at fault, when a
 * record has no Spanish twin or a twin lacks a field or a number; a twin with no English record
 * is named too, since nothing would show it.
 */
export function spanishTriageData(
  data: TriageData,
  spanish: ReadonlyMap<string, RecordWords>,
): TriageData {
  const problems: string[] = [];
  const situations = data.situations.map((s) => translate(s, spanish, problems));
  const rules = data.rules.map((r) => translate(r, spanish, problems));
  const known = new Set(
    [...data.situations, ...data.rules].map((r) => `${folders[r.kind]}/${r.id}`),
  );
  for (const key of spanish.keys()) {
    if (!known.has(key)) {
      problems.push(`${SPANISH_CONTENT}/${key}.yaml: no English record ${key}.yaml to translate.`);
    }
  }
  if (problems.length > 0) throw new Error(`Spanish quiz records:\n${problems.join('\n')}`);
  const byId = new Map(situations.map((s) => [s.id, s]));
  return {
    situations,
    signs: data.signs.map((s) => ({ ...s, ...byId.get(s.id)!, tier: s.tier, place: s.place })),
    rules,
  };
}
