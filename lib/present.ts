/**
 * A value the data guarantees, for the type checker: `present(x)` is `x`, or
 * an error where it is null or undefined, which would be a bug in this site,
 * not in the content. Used where a fallback value would only ever exist for
 * the type checker (and be a change no test could see).
 */
export function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new TypeError(`expected a value, found ${String(value)}`);
  return value;
}
