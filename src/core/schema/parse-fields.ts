/**
 * Parse data from outside field by field: every problem is reported at once, a field with a problem
 * is left out (so its default applies), and every other field is kept. One bad value in a link or in
 * saved settings never costs the rest of it.
 */
import * as v from 'valibot';
import type { Problem } from './problem';

export interface ParsedFields<T> {
  /** The valid fields; undefined when the input as a whole was unusable (not an object at all). */
  readonly output: T | undefined;
  readonly problems: readonly Problem[];
}

type ObjectLike = v.GenericSchema<unknown, Record<string, unknown>>;

const isRecord = (input: unknown): boolean => typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * An object schema of optional fields that also refuses arrays (valibot's `object` takes them),
 * with `message` for input that is not such an object at all.
 */
export function fieldsSchema<const TEntries extends v.ObjectEntries>(entries: TEntries, message: string) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, message), v.object(entries, message));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** The problems in valibot's issues, one per path (the first issue found there), with the value as given. */
export function problemsFromIssues(input: unknown, issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as PropertyKey);
    const path = keys.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push({ path, value: keys.length ? valueAt(input, keys) : input, reason: issue.message });
  }
  return problems;
}

/**
 * Parses an object whose fields are all optional. Fields with a problem are dropped and the rest
 * parsed again, so the output holds every valid field and the problems name every invalid one.
 */
export function parseFields<TSchema extends ObjectLike>(schema: TSchema, input: unknown): ParsedFields<v.InferOutput<TSchema>> {
  const first = v.safeParse(schema, input, { abortEarly: false });
  if (first.success) return { output: first.output, problems: [] };
  const problems = problemsFromIssues(input, first.issues);
  const bad = new Set(first.issues.map((issue) => issue.path?.[0]?.key));
  if (bad.has(undefined) || input === null || typeof input !== 'object') return { output: undefined, problems };
  const kept = Object.fromEntries(Object.entries(input).filter(([key]) => !bad.has(key)));
  const second = v.safeParse(schema, kept, { abortEarly: false });
  return { output: second.success ? second.output : undefined, problems };
}
