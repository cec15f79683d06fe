import type { Posture } from './posture';
import type { Side } from '../pose/pose';
import type { CameraSetup, MetricId, StretchId } from '../stretches/types';

/**
 * Which cue, as data: the words live in the UI (src/ui/words/cue-words.ts), in the person's
 * language. `rule` is a form rule's own cue, named by its stretch and rule ids.
 */
export type CueCode =
  | { readonly id: 'no-person' | 'turn-side' | 'bounce' | 'hold' | 'push' | 'use-asked-leg' }
  | { readonly id: 'posture'; readonly posture: Exclude<Posture, 'unknown'> }
  | { readonly id: 'unseen'; readonly metric: MetricId; readonly camera: CameraSetup }
  | { readonly id: 'rule'; readonly stretch: StretchId; readonly rule: string }
  | { readonly id: 'wrong-leg'; readonly seen: Side; readonly want: Side }
  | { readonly id: 'near-leg'; readonly side: Side };

/** What the person is told, one thing at a time. `setup` = get into frame or position; `fix` = form; `ok` = hold it. */
export interface Cue {
  readonly kind: 'setup' | 'fix' | 'ok';
  readonly code: CueCode;
}

/** Whether two cues say the same thing (the debouncer's notion of "a new cue"). */
export function sameCue(a: CueCode | undefined, b: CueCode | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.id !== b.id) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return Object.keys(x).every((k) => x[k] === y[k]);
}

export const CUE_NO_PERSON: Cue = { kind: 'setup', code: { id: 'no-person' } };
export const CUE_TURN_SIDE: Cue = { kind: 'setup', code: { id: 'turn-side' } };
export const CUE_BOUNCE: Cue = { kind: 'fix', code: { id: 'bounce' } };
export const CUE_HOLD: Cue = { kind: 'ok', code: { id: 'hold' } };
export const CUE_PUSH: Cue = { kind: 'ok', code: { id: 'push' } };

/**
 * Whether the cue asks the person to turn (side-on, or round so the asked leg is near): the one
 * thing to do then, with every form rule unjudged, and not because the camera cannot see them.
 */
export const asksToTurn = (code: CueCode | undefined): boolean => code?.id === 'turn-side' || code?.id === 'near-leg';

/** Turn round so the asked leg is the one nearer the camera (`StretchDefinition.workingLegNear`). */
export const cueNearLeg = (side: Side): Cue => ({ kind: 'setup', code: { id: 'near-leg', side } });

export const cuePosture = (posture: Exclude<Posture, 'unknown'>): Cue => ({ kind: 'setup', code: { id: 'posture', posture } });

export const cueUnseen = (metric: MetricId, camera: CameraSetup): Cue => ({ kind: 'setup', code: { id: 'unseen', metric, camera } });
