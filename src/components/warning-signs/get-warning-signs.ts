/**
 * Reads the warning-sign collection once per build and checks it against the triage engine
 * (src/lib/warning-signs.ts), so every component and page gets the same sorted, checked list.
 */
import { getCollection } from 'astro:content';
import { toWarningSigns, type WarningSign } from '../../lib/warning-signs';

let cached: Promise<WarningSign[]> | undefined;

export function getWarningSigns(): Promise<WarningSign[]> {
  cached ??= getCollection('warning-signs').then(toWarningSigns);
  return cached;
}
