/**
 * The URL's launch parameters (kiosks, clinician links, tests), validated by one schema. Pure: takes
 * the query string and the page's origin. A bad parameter is reported and ignored; the rest of the
 * link still applies, so one typo never stops a session.
 */
import * as v from 'valibot';
import type { Side } from '../core/pose/pose';
import { HoldSecondsSchema, RepCountSchema, RestSecondsSchema, doseFromText, type HoldSeconds, type RepCount, type RestSeconds } from '../core/schema/dose-schema';
import { fieldsSchema, parseFields } from '../core/schema/parse-fields';
import { numberProblem, type NumberProblem } from '../core/schema/number-problem';
import { showValue, type Problem } from '../core/schema/problem';
import { decodePrescriptionParam, RX_PARAM, type PrescriptionResult } from '../core/prescription/prescription-codec';
import { IdleSecondsSchema, PRESCRIPTION_BOUNDS, type IdleSeconds, type Prescription } from '../core/prescription/prescription-schema';
import { STRETCH_IDS, type StretchId } from '../core/stretches/types';
import { BACKEND_REQUESTS, type BackendRequest } from '../pipeline/backend-choice';
import { MODEL_IDS, type ModelId } from '../pipeline/models';
import { MOST_THREADS, type ThreadsRequest } from '../pipeline/wasm-threads';

export interface LaunchParams {
  readonly stretch: StretchId | undefined;
  readonly routine: 'daily' | undefined;
  readonly side: Side | undefined;
  readonly model: ModelId | undefined;
  readonly backend: BackendRequest;
  /** Threads for the WebAssembly engine: 'auto' or 1 to 16 (benchmarks and support). */
  readonly threads: ThreadsRequest;
  /** 'camera' starts the webcam at once; 'none' waits for the person to choose. */
  readonly source: 'camera' | 'none';
  /** Kiosk mode: quiet by default, large text, nothing remembered between people. */
  readonly kiosk: boolean;
  /** Plan overrides from a clinician link, within the dose bounds (src/core/schema/dose-bounds.ts). */
  readonly holdS: HoldSeconds | undefined;
  readonly reps: RepCount | undefined;
  readonly restS: RestSeconds | undefined;
  /**
   * A kiosk keeps a record of sessions on this device (`history=1`, or a prescription's
   * `deviceHistory`), shown to every patient on its start screen. Off unless a clinic turns it on;
   * always false outside a kiosk (at home the history is the person's own).
   */
  readonly deviceHistory: boolean;
  /** The prescription's language, if it names one: a kiosk returns to it after each person. */
  readonly language: Prescription['language'];
  /** A kiosk's idle time before it resets (`idle=<seconds>`); undefined = the default. */
  readonly idleS: IdleSeconds | undefined;
  /** Open the clinician screen (`clinician=1`). */
  readonly clinician: boolean;
  /** A prescription (`rx=`), checked as a whole: accepted, or refused with every problem. */
  readonly prescription: PrescriptionResult | undefined;
  /** Where the model files are served: a folder on this site (default: the app's own models/ folder). */
  readonly modelBase: string;
  /** Parameters that were ignored, with why, to show rather than fail silently. */
  readonly problems: readonly Problem[];
}

export const DEFAULT_MODEL_BASE = '/models/';

/** Folders of plain path segments ("/models/", "/clinic/models/"): no "//", "\", "%", ":", "." or ".." segments. */
const PLAIN_FOLDER = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/;

/**
 * Whether `path` names a folder on `origin` itself. Whoever writes a link must not supply the model
 * that judges a patient, so a protocol-relative "//host/", a backslash "/\host/", an encoded
 * "%2F%2Fhost/" or an absolute URL is refused. The path must be plain, and resolving it against the
 * page must land on the same origin at exactly that path.
 */
export function isSameOriginFolder(path: string, origin: string): boolean {
  if (!PLAIN_FOLDER.test(path)) return false;
  try {
    const url = new URL(path, `${origin}/`);
    return url.origin === origin && url.pathname === path && url.search === '' && url.hash === '';
  } catch {
    return false; // an origin that cannot be resolved against ("null" for file: pages)
  }
}

const SOURCES = ['camera', 'none'] as const;
const THREADS_REASON = `threads must be auto or a whole number from 1 to ${MOST_THREADS}`;
const KIOSK_VALUES = ['1', 'true', '0', 'false'] as const;
const IDLE_REASON = `the idle time must be ${PRESCRIPTION_BOUNDS.idleS.min} to ${PRESCRIPTION_BOUNDS.idleS.max} seconds`;

/** The link's parameters as written (text), each optional; the reasons are shown to the person. */
function linkSchema(origin: string) {
  return fieldsSchema({
    stretch: v.optional(v.picklist(STRETCH_IDS, 'there is no stretch by that name')),
    routine: v.optional(v.picklist(['daily'], 'the only routine is "daily"')),
    side: v.optional(v.picklist(['left', 'right'], 'the side must be left or right')),
    model: v.optional(v.picklist(MODEL_IDS, 'there is no pose model by that name')),
    backend: v.optional(v.picklist(BACKEND_REQUESTS, `the engine must be one of ${BACKEND_REQUESTS.join(', ')}`)),
    threads: v.optional(
      v.union([v.literal('auto'), v.pipe(v.string(THREADS_REASON), v.regex(/^\d+$/, THREADS_REASON), v.transform(Number), v.minValue(1, THREADS_REASON), v.maxValue(MOST_THREADS, THREADS_REASON))], THREADS_REASON),
    ),
    source: v.optional(v.picklist(SOURCES, 'the source must be camera or none')),
    kiosk: v.optional(v.pipe(v.picklist(KIOSK_VALUES, 'kiosk must be 1 (on) or 0 (off)'), v.transform((s) => s === '1' || s === 'true'))),
    hold: v.optional(doseFromText('holdS', HoldSecondsSchema)),
    reps: v.optional(doseFromText('reps', RepCountSchema)),
    rest: v.optional(doseFromText('restS', RestSecondsSchema)),
    idle: v.optional(v.pipe(v.string(IDLE_REASON), v.check((t) => /^\d+(?:\.\d*)?$/.test(t), IDLE_REASON), v.transform(Number), IdleSecondsSchema)),
    clinician: v.optional(v.pipe(v.picklist(KIOSK_VALUES, 'clinician must be 1 (on) or 0 (off)'), v.transform((s) => s === '1' || s === 'true'))),
    history: v.optional(v.pipe(v.picklist(KIOSK_VALUES, 'history must be 1 (on) or 0 (off)'), v.transform((s) => s === '1' || s === 'true'))),
    [RX_PARAM]: v.optional(v.string()),
    models: v.optional(
      v.pipe(
        v.string(),
        v.check((path) => isSameOriginFolder(path, origin), 'the pose model can only come from a folder on this site, like /models/'),
      ),
    ),
  }, 'the link could not be read');
}

/** The query's parameters, first value of each; empty ones ("?hold=") count as not given. */
function queryFields(search: string): Record<string, string> {
  const q = new URLSearchParams(search);
  const fields: Record<string, string> = {};
  for (const key of new Set(q.keys())) {
    const value = q.get(key);
    if (value !== null && value !== '') fields[key] = value;
  }
  return fields;
}

/** Parses a link's query string. `origin` is the page's (location.origin): model files come only from there. */
export function parseLaunchParams(search: string, origin: string): LaunchParams {
  const { output = {}, problems } = parseFields(linkSchema(origin), queryFields(search));
  const prescription = output[RX_PARAM] === undefined ? undefined : decodePrescriptionParam(output[RX_PARAM]);
  const rx = prescription?.ok ? prescription.prescription : undefined;
  const kiosk = output.kiosk ?? rx?.kiosk ?? false;
  const history = output.history ?? rx?.deviceHistory ?? false;
  // history=1 without a kiosk changes nothing: said, not silently ignored.
  const historyProblem: Problem[] = history && !kiosk ? [{ path: 'history', value: 'true', reason: 'a record of sessions on the device is only for a clinic kiosk (kiosk=1)' }] : [];
  return {
    stretch: output.stretch,
    routine: output.routine,
    side: output.side,
    model: output.model,
    backend: output.backend ?? 'auto',
    threads: output.threads ?? 'auto',
    source: output.source ?? 'camera',
    // A prescription may ask for a kiosk and its idle time; the link's own parameters come first.
    kiosk,
    deviceHistory: kiosk && history,
    language: rx?.language,
    holdS: output.hold,
    reps: output.reps,
    restS: output.rest,
    idleS: output.idle ?? rx?.idleS,
    clinician: output.clinician ?? false,
    prescription,
    modelBase: output.models ?? DEFAULT_MODEL_BASE,
    problems: [...problems, ...historyProblem],
  };
}

/** The link parameters that are not numbers, each refused with its own sentence (src/ui/words/link-words.ts). */
export type LinkParam = 'stretch' | 'routine' | 'side' | 'model' | 'backend' | 'threads' | 'source' | 'kiosk' | 'clinician' | 'history' | 'models';
const LINK_PARAMS: readonly string[] = ['stretch', 'routine', 'side', 'model', 'backend', 'threads', 'source', 'kiosk', 'clinician', 'history', 'models'] satisfies LinkParam[];

/** A link problem as data, worded at render time in the person's language. */
export type LinkIssue =
  | { readonly kind: 'number'; readonly number: NumberProblem }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'history-needs-kiosk' }
  | { readonly kind: 'not-used'; readonly param: LinkParam; readonly given: string };

const NUMBER_PARAMS = { hold: 'hold', reps: 'reps', rest: 'rest', idle: 'idle' } as const;

/** What was wrong with one parameter, with the value as it was written. */
export function linkIssue(p: Problem): LinkIssue {
  if (p.path in NUMBER_PARAMS) return { kind: 'number', number: numberProblem(NUMBER_PARAMS[p.path as keyof typeof NUMBER_PARAMS], p.value) };
  if (p.path === 'history' && p.value === 'true') return { kind: 'history-needs-kiosk' };
  if (LINK_PARAMS.includes(p.path)) return { kind: 'not-used', param: p.path as LinkParam, given: showValue(p.value) };
  return { kind: 'unreadable' };
}
