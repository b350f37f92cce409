/**
 * The numbers a text writes as digits, for the checks that a translation kept every one: a
 * Spanish page, record or story that drops "100.4 °F" or "6 weeks" is not the same advice.
 */

/**
 * Each number written as digits ("15 to 20", "100.4 °F", "1,000"), once, with the thousands
 * separator dropped so "1,000" and "1000" are the same number; "100,4" is not "100.4".
 */
export function numbersIn(text: string): string[] {
  const found = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
  const normalized = found.map((n) => n.replace(/,(?=\d{3}\b)/g, ''));
  return [...new Set(normalized)];
}

/** The numbers the English says and the translation does not. */
export function missingNumbers(english: string, translation: string): string[] {
  const kept = new Set(numbersIn(translation));
  return numbersIn(english).filter((n) => !kept.has(n));
}
