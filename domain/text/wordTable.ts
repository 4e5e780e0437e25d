/**
 * A lookup table keyed by words users type. Built without a prototype, so a typed word such as
 * "constructor" or "toString" finds nothing instead of an Object method.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Partial<Record<string, T>>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
