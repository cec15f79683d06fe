/**
 * The backup file: its schema, and reading one. A backup is read whole and checked before anything
 * is touched: a file that is not JSON, not a FormHold backup, from a newer FormHold, or with a bad
 * record is refused with the problem named in the person's words, and nothing is changed.
 */
import * as v from 'valibot';
import { STRETCHES } from '../stretches/catalog';
import { STRETCH_IDS } from '../stretches/types';
import { showValue } from '../schema/problem';
import { HISTORY_VERSION, OUTCOMES, RECORD_SIDES, type StretchRecord } from './record';

export const BACKUP_FORMAT = 'formhold-history';

const seconds = (what: string) => v.pipe(v.number(`${what} must be a number of seconds`), v.finite(`${what} must be a number of seconds`), v.minValue(0, `${what} must be 0 seconds or more`), v.maxValue(86_400, `${what} must be under a day`));
const count = (what: string) => v.pipe(v.number(`${what} must be a whole number`), v.integer(`${what} must be a whole number`), v.minValue(0, `${what} must be 0 or more`), v.maxValue(1000, `${what} must be under 1000`));
const degrees = (what: string) => v.nullable(v.pipe(v.number(`${what} must be a number of degrees`), v.minValue(-180, `${what} must be between -180 and 180 degrees`), v.maxValue(180, `${what} must be between -180 and 180 degrees`)));
const isoDate = (what: string) => v.pipe(v.string(`${what} must be a date and time`), v.isoTimestamp(`${what} must be a date and time`));

export const SideSchema = v.strictObject(
  {
    side: v.picklist(RECORD_SIDES, 'the side must be right, left or both'),
    timeInFormS: seconds('time in good form'),
    repsDone: count('reps done'),
    repsPlanned: count('reps planned'),
    bestKeyAngleDeg: degrees('the best angle'),
    medianKeyAngleDeg: degrees('the median angle'),
    bestReach: v.nullable(v.pipe(v.number('the reach must be a number'), v.minValue(0, 'the reach must be 0 or more'), v.maxValue(10, 'the reach must be under 10 leg lengths'))),
    faultS: v.record(v.string(), seconds('time in a fault'), 'the time in each fault must be a list of seconds'),
    targetReachedDeg: degrees('the leg-raise target'),
  },
  'a side has an unknown field',
);

export const RecordSchema = v.strictObject(
  {
    id: v.pipe(v.string('the record id must be text'), v.minLength(1, 'the record id is empty'), v.maxLength(200, 'the record id is too long')),
    sessionId: v.pipe(v.string('the session id must be text'), v.maxLength(200, 'the session id is too long')),
    stepIndex: count('the step number'),
    stretchId: v.picklist(STRETCH_IDS, `the stretch must be one of FormHold's (${Object.values(STRETCHES).map((s) => s.name).join(', ')})`),
    variation: v.optional(v.pipe(v.string('the variation must be text'), v.regex(/^[a-z-]{1,40}$/, 'the variation must be a short name like feet-crossed'))),
    startedAt: isoDate('the start'),
    updatedAt: isoDate('the last change'),
    holdS: seconds('the hold'),
    outcome: v.picklist(OUTCOMES, 'the outcome must be completed, skipped or ended early'),
    sides: v.pipe(v.array(SideSchema, 'the sides must be a list'), v.minLength(1, 'a record needs at least one side'), v.maxLength(2, 'a record has at most two sides')),
  },
  'a record has an unknown field',
);

export const BackupSchema = v.strictObject(
  {
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(HISTORY_VERSION),
    exportedAt: isoDate('the export date'),
    name: v.optional(v.pipe(v.string('the name must be text'), v.maxLength(200, 'the name is too long'))),
    records: v.pipe(v.array(RecordSchema, 'the records must be a list'), v.maxLength(100_000, 'there are too many records')),
  },
  'the backup has an unknown field',
);

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof HISTORY_VERSION;
  readonly exportedAt: string;
  readonly name?: string;
  readonly records: readonly StretchRecord[];
}

/**
 * Why a backup was refused, as data (worded in src/ui/words/problem-words.ts). `record`: a bad
 * value inside, with its sentence naming the session, the field and the value (English for now).
 */
export type BackupRefusal =
  | { readonly kind: 'not-json' | 'not-formhold' | 'no-version' }
  | { readonly kind: 'newer'; readonly version: number; readonly reads: number }
  | { readonly kind: 'duplicate'; readonly id: string }
  | { readonly kind: 'record'; readonly detail: string };

export type ReadBackup = { readonly ok: true; readonly backup: Backup } | { readonly ok: false; readonly problem: BackupRefusal };

export function makeBackup(records: readonly StretchRecord[], wallMs: number, name?: string): Backup {
  return { format: BACKUP_FORMAT, version: HISTORY_VERSION, exportedAt: new Date(wallMs).toISOString(), ...(name ? { name } : {}), records };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a backup file's text. Never throws: a refused file comes back with why. */
export function readBackup(text: string): ReadBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: 'not-formhold' } };
  }
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    return { ok: false, problem: { kind: 'no-version' } };
  }
  if (json.version > HISTORY_VERSION) {
    return { ok: false, problem: { kind: 'newer', version: json.version, reads: HISTORY_VERSION } };
  }
  const parsed = v.safeParse(BackupSchema, json);
  if (parsed.success) {
    const ids = new Set<string>();
    for (const r of parsed.output.records) {
      if (ids.has(r.id)) return { ok: false, problem: { kind: 'duplicate', id: r.id } };
      ids.add(r.id);
    }
    return { ok: true, backup: parsed.output };
  }
  return { ok: false, problem: { kind: 'record', detail: describeIssue(json, parsed.issues[0]) } };
}

/** Field names in words, for "... is missing". */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  format: 'what kind of file it is', version: 'the version', exportedAt: 'the export date', records: 'the list of sessions',
  id: 'the record id', sessionId: 'the session id', stepIndex: 'the step number', stretchId: 'the stretch', startedAt: 'the start date and time',
  updatedAt: 'the date of the last change', holdS: 'the hold in seconds', outcome: 'the outcome', sides: 'the sides', side: 'the side',
  timeInFormS: 'the time in good form', repsDone: 'the reps done', repsPlanned: 'the reps planned', bestKeyAngleDeg: 'the best angle',
  medianKeyAngleDeg: 'the median angle', bestReach: 'the reach', faultS: 'the time in each fault', targetReachedDeg: 'the leg-raise target',
};

/** "Session 3 (Seated toe touch, 12 May 2026), left side: time in good form must be 0 seconds or more (it says -5)." */
function describeIssue(json: Record<string, unknown>, issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'This backup could not be read.';
  const keys = (issue.path ?? []).map((p) => p.key);
  let where = 'This backup';
  if (keys[0] === 'records' && typeof keys[1] === 'number') {
    const rec = (json.records as unknown[])[keys[1]];
    const stretch = isObject(rec) && typeof rec.stretchId === 'string' && rec.stretchId in STRETCHES ? STRETCHES[rec.stretchId as keyof typeof STRETCHES].name : null;
    const date = isObject(rec) && typeof rec.startedAt === 'string' && !Number.isNaN(Date.parse(rec.startedAt)) ? new Date(rec.startedAt).toISOString().slice(0, 10) : null;
    const about = [stretch, date].filter(Boolean).join(', ');
    where = `Session ${keys[1] + 1}${about ? ` (${about})` : ''}`;
    if (keys[2] === 'sides' && typeof keys[3] === 'number') {
      const side = ((rec as Record<string, unknown>).sides as unknown[])[keys[3]];
      where += isObject(side) && typeof side.side === 'string' && (RECORD_SIDES as readonly string[]).includes(side.side) ? `, ${side.side === 'both' ? 'both legs' : `${side.side} leg`}` : `, side ${keys[3] + 1}`;
    }
  }
  const key = keys.at(-1);
  if (typeof key === 'string' && issue.expected === 'never') return `${where}: "${key}" is not something a FormHold backup holds. Nothing was changed.`;
  if (typeof key === 'string' && issue.input === undefined) return `${where}: ${FIELD_WORDS[key] ?? `"${key}"`} is missing. Nothing was changed.`;
  const given = issue.input === undefined ? ' (it is missing)' : typeof issue.input === 'object' ? '' : typeof issue.input === 'string' ? ` (it says "${showValue(issue.input)}")` : ` (it says ${showValue(issue.input)})`;
  const reason = issue.message.startsWith('Invalid') ? `${typeof key === 'string' ? (FIELD_WORDS[key] ?? `"${key}"`) : 'a value'} is not as expected` : issue.message;
  return `${where}: ${reason}${given}. Nothing was changed.`;
}
