import { DOSE_BOUNDS } from '../schema/dose-bounds';
import { STRETCHES } from './catalog';
import { isStretchId, type StretchDefinition } from './types';

/** A stretch setting that was refused; the message names the setting and the bad value. */
export class StretchConfigError extends Error {
  constructor(
    readonly setting: string,
    readonly value: unknown,
    reason: string,
  ) {
    super(`${setting} = ${JSON.stringify(value)}: ${reason}`);
    this.name = 'StretchConfigError';
  }
}

/** What a user's settings or a clinician's prescription may change about a stretch. */
export interface StretchOverrides {
  readonly holdMs?: number;
  readonly reps?: number;
  readonly restMs?: number;
  readonly thresholds?: Readonly<Record<string, number>>;
}

/** Allowed range of each threshold name; anything else is refused. */
const THRESHOLD_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  kneeMin: [90, 180],
  otherKneeMin: [90, 180],
  otherKneeMax: [60, 180],
  hipMax: [20, 180],
  legRaiseMin: [0, 120],
  otherLegRaiseMax: [0, 60],
  legFromHorizontalMax: [0, 60],
  pushDriftMax: [1, 30],
  heelLiftMax: [0, 1],
  trunkLeanMin: [-30, 90],
  trunkLeanMax: [0, 90],
  toesFromVerticalMax: [0, 90],
};

function checkNumber(setting: string, value: unknown, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new StretchConfigError(setting, value, 'must be a number');
  if (integer && !Number.isInteger(value)) throw new StretchConfigError(setting, value, 'must be a whole number');
  if (value < min || value > max) throw new StretchConfigError(setting, value, `must be between ${min} and ${max}`);
  return value;
}

/** The stretch with overrides applied and checked: copy, fill defaults, throw naming any bad value. */
export function resolveStretch(id: string, overrides: StretchOverrides = {}): StretchDefinition {
  if (!isStretchId(id)) throw new StretchConfigError('stretch', id, `unknown stretch; known: ${Object.keys(STRETCHES).join(', ')}`);
  const base = STRETCHES[id];
  const thresholds: Record<string, number> = { ...base.thresholds };
  for (const [name, value] of Object.entries(overrides.thresholds ?? {})) {
    const range = THRESHOLD_RANGES[name];
    if (!(name in base.thresholds) || !range) {
      throw new StretchConfigError(`${id}.thresholds.${name}`, value, `not a threshold of this stretch (${Object.keys(base.thresholds).join(', ')})`);
    }
    thresholds[name] = checkNumber(`${id}.thresholds.${name}`, value, range[0], range[1]);
  }
  if (thresholds.trunkLeanMin !== undefined && thresholds.trunkLeanMax !== undefined && thresholds.trunkLeanMin >= thresholds.trunkLeanMax) {
    throw new StretchConfigError(`${id}.thresholds.trunkLeanMin`, thresholds.trunkLeanMin, 'must be below trunkLeanMax');
  }
  const { holdS, reps, restS } = DOSE_BOUNDS; // the one table of dose bounds, in seconds
  const holdMs = overrides.holdMs === undefined ? base.holdMs : checkNumber(`${id}.holdMs`, overrides.holdMs, holdS.min * 1000, holdS.max * 1000);
  return {
    ...base,
    thresholds,
    holdMs,
    reps: overrides.reps === undefined ? base.reps : checkNumber(`${id}.reps`, overrides.reps, reps.min, reps.max, reps.whole),
    restMs: overrides.restMs === undefined ? base.restMs : checkNumber(`${id}.restMs`, overrides.restMs, restS.min * 1000, restS.max * 1000),
    // The partner stretch's two phases share the hold: half relaxed, half pushing.
    ...(base.pnf ? { pnf: { holdMs: holdMs / 2, pushMs: holdMs / 2 } } : {}),
  };
}
