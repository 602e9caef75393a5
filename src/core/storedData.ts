// Readers for data read back from storage at boot (the save, the library, own levels, the booth's settings and
// board), written out by hand so that no schema library is in the start bundle: level files, read later, keep zod.
// A reader returns the value to keep, or BAD; objects come back with only their known fields (as zod's objects
// strip the others), so what is written back never carries stray keys.

/** What a reader returns for a value that is not of its kind. */
export const BAD: unique symbol = Symbol('bad');
export type Reader<T> = ((v: unknown) => T | typeof BAD) & { optional?: true };

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const when =
  <T>(test: (v: unknown) => boolean): Reader<T> =>
  (v) =>
    test(v) ? (v as T) : BAD;

/** A safe integer within [min, max] (JSON's numbers; NaN and Infinity are not). */
export function int(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Reader<number> {
  return when((v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max);
}

/** A finite number within [min, max]. */
export function num(min = -Infinity, max = Infinity): Reader<number> {
  return when((v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);
}

/** A string of at most `maxLength` UTF-16 units, matching `pattern` if one is given. */
export function str(maxLength = Infinity, pattern?: RegExp): Reader<string> {
  return when((v) => typeof v === 'string' && v.length <= maxLength && (!pattern || pattern.test(v)));
}

export const bool: Reader<boolean> = when((v) => typeof v === 'boolean');

/** One of a few values (compared with ===). */
export function oneOf<const T>(values: readonly T[]): Reader<T> {
  return when((v) => values.includes(v as T));
}

/** Any value at all (a game's own state: the game checks it on resume). */
export const anything: Reader<unknown> = (v) => v;

/** The value or null. */
export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (v) => (v === null ? null : read(v));
}

/** A field that may be absent; present, it is read as `read` reads it (undefined kept as undefined). */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  return Object.assign((v: unknown) => (v === undefined ? undefined : read(v)), { optional: true as const });
}

/** An object with exactly these fields (the others dropped); a required field must be there. */
export function object<T>(fields: { [K in keyof T]-?: Reader<T[K]> }): Reader<T> {
  return (v) => {
    if (!isRecord(v)) return BAD;
    const out: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(fields) as [string, Reader<unknown>][]) {
      if (!Object.hasOwn(v, key)) {
        if (read.optional) continue;
        return BAD;
      }
      const value = read(v[key]);
      if (value === BAD) return BAD;
      out[key] = value;
    }
    return out as T;
  };
}
