/**
 * Reads the quiz's records once per build (src/content/warning-signs/, about-you/,
 * pain-patterns/, triage-rules/) and checks them together (src/lib/warning-signs.ts), so every
 * component and page gets the same sorted, checked data.
 */
import { getCollection } from 'astro:content';
import { toTriageData, type TriageData, type WarningSign } from '../lib/warning-signs';

let cached: Promise<TriageData> | undefined;

export function getTriageData(): Promise<TriageData> {
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
export async function getWarningSigns(): Promise<WarningSign[]> {
  return (await getTriageData()).signs;
}
