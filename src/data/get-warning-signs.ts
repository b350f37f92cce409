/**
 * Reads the quiz's records once per build (src/content/warning-signs/, about-you/,
 * pain-patterns/, triage-rules/) and checks them together (src/lib/warning-signs.ts), so every
 * component and page gets the same sorted, checked data.
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../lib/i18n';
import {
  SPANISH_RECORD_FOLDERS,
  spanishTriageData,
  type SpanishRecordFolder,
} from '../lib/spanish-records';
import { toTriageData, type TriageData, type WarningSign } from '../lib/warning-signs';

let cached: Promise<TriageData> | undefined;
let cachedEs: Promise<TriageData> | undefined;

/** The records, checked, with their words in `lang` (the facts are the same in every language). */
export function getTriageData(lang: Lang = 'en'): Promise<TriageData> {
  if (lang === 'es') {
    const words = async (folder: SpanishRecordFolder) =>
      (await getCollection(`es-${folder}`)).map((w) => [`${folder}/${w.id}`, w.data] as const);
    cachedEs ??= Promise.all([getTriageData('en'), ...SPANISH_RECORD_FOLDERS.map(words)]).then(
      ([data, ...found]) => spanishTriageData(data, new Map(found.flat())),
    );
    return cachedEs;
  }
  cached ??= Promise.all([
    getCollection('warning-signs'),
    getCollection('about-you'),
    getCollection('pain-patterns'),
    getCollection('triage-rules'),
  ]).then(([signs, aboutYou, patterns, rules]) =>
    toTriageData({ signs, aboutYou, patterns, rules }),
  );
  return cached;
}

/** Every situation that is a warning sign alone (with its tier and place), most urgent first. */
export async function getWarningSigns(lang: Lang = 'en'): Promise<WarningSign[]> {
  return (await getTriageData(lang)).signs;
}
