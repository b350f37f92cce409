/**
 * getCollection() returns entries in no fixed order, so every list sorts explicitly:
 * by the editor's `order`, then by title so ties are stable.
 */
export function byOrder<T extends { data: { order: number; title: string } }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);
}
