/** The URL's launch parameters (kiosks, clinician links, tests), validated. Pure: takes the query string. */
import type { Side } from '../core/pose/pose';
import { isStretchId, type StretchId } from '../core/stretches/types';
import { isBackendRequest, type BackendRequest } from '../pipeline/backend-choice';
import { isModelId, type ModelId } from '../pipeline/models';

export interface LaunchParams {
  readonly stretch: StretchId | undefined;
  readonly routine: 'daily' | undefined;
  readonly side: Side | undefined;
  readonly model: ModelId | undefined;
  readonly backend: BackendRequest;
  /** 'camera' starts the webcam at once; 'none' waits for the person to choose. */
  readonly source: 'camera' | 'none';
  /** Kiosk mode: quiet by default, large text, nothing remembered between people. */
  readonly kiosk: boolean;
  /** Plan overrides from a clinician link, in seconds and counts; validated when the plan is built. */
  readonly holdS: number | undefined;
  readonly reps: number | undefined;
  readonly restS: number | undefined;
  /** Where the model files are served (default: the app's own models/ folder). */
  readonly modelBase: string;
  /** Parameters that were ignored, with why, to show rather than fail silently. */
  readonly problems: readonly string[];
}

export function parseLaunchParams(search: string): LaunchParams {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const pick = <T extends string>(name: string, ok: (v: string) => v is T): T | undefined => {
    const v = q.get(name);
    if (v === null || v === '') return undefined;
    if (ok(v)) return v;
    problems.push(`Ignored ${name}=${v}: not a known value.`);
    return undefined;
  };
  const stretch = pick('stretch', isStretchId);
  const routine = pick('routine', (v): v is 'daily' => v === 'daily');
  const side = pick('side', (v): v is Side => v === 'left' || v === 'right');
  const model = pick('model', isModelId);
  const backend = pick('backend', isBackendRequest) ?? 'auto';
  const source = pick('source', (v): v is 'camera' | 'none' => v === 'camera' || v === 'none') ?? 'camera';
  const num = (name: string): number | undefined => {
    const v = q.get(name);
    if (v === null || v === '') return undefined;
    const n = Number(v);
    if (Number.isFinite(n)) return n;
    problems.push(`Ignored ${name}=${v}: not a number.`);
    return undefined;
  };
  const holdS = num('hold');
  const reps = num('reps');
  const restS = num('rest');
  const kiosk = q.get('kiosk') === '1' || q.get('kiosk') === 'true';
  const base = q.get('models');
  // Only a path on this origin: weights never come from anywhere else.
  const modelBase = base && /^\/[\w\-/]*\/$/.test(base) ? base : '/models/';
  if (base && modelBase !== base) problems.push(`Ignored models=${base}: must be a path on this site ending in /.`);
  return { stretch, routine, side, model, backend, source, kiosk, holdS, reps, restS, modelBase, problems };
}
