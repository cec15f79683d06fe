/** The history builder, fed a real session (stick figures through the one frame step), as the app feeds it. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_MS, foldSession, newBuilder, type BuilderState } from '../../src/core/history/record-builder';
import type { StretchRecord } from '../../src/core/history/record';
import { withProgression } from '../../src/core/history/progression';
import type { Pose } from '../../src/core/pose/pose';
import { HoldSecondsSchema, RepCountSchema, RestSecondsSchema } from '../../src/core/schema/dose-schema';
import { frameStep, type Analysis } from '../../src/core/session/frame-step';
import { buildPlan, type SessionPlan } from '../../src/core/session/plan';
import { currentStretch, initialSessionState, sessionReducer, type SessionCommand, type SessionState } from '../../src/core/session/session-reducer';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import type { StretchId } from '../../src/core/stretches/types';
import { resolveStretch } from '../../src/core/stretches/validate';
import { bent, figure, frameOf, GOOD } from './figure';
import { currentSide } from '../../src/core/hold/hold-reducer';

const DAY = Date.parse('2026-05-12T08:00:00Z');

function goodFor(s: SessionState): Pose {
  switch (currentStretch(s)?.id) {
    case 'lying-hamstring':
    case 'doorway-wall':
      return figure(GOOD.lyingOneLegRaised(85));
    case 'seated-chair':
      return figure(GOOD.chair(s.hold ? (currentSide(s.hold) ?? undefined) : undefined));
    default:
      return figure(GOOD.standingToeTouch());
  }
}

/** A session driven frame by frame, each transition folded into the builder; the store is a Map. */
class Recorder {
  state!: SessionState;
  analysis: Analysis | undefined;
  builder: BuilderState = newBuilder('s1');
  readonly store = new Map<string, StretchRecord>();
  writes = 0;
  t = 0;

  constructor(plan: SessionPlan) {
    this.apply(sessionReducer(initialSessionState(), { type: 'start', plan }));
  }

  static of(choice: StretchId | 'daily', doses: { holdS: number; reps: number; restS?: number }) {
    return new Recorder(buildPlan(choice, DEFAULT_SETTINGS, { holdS: v.parse(HoldSecondsSchema, doses.holdS), reps: v.parse(RepCountSchema, doses.reps), restS: v.parse(RestSecondsSchema, doses.restS ?? 0) }));
  }

  apply(next: SessionState): void {
    this.state = next;
    const f = foldSession(this.builder, next, { wallMs: DAY + this.t, monoMs: this.t });
    this.builder = f.builder;
    for (const r of f.writes) {
      this.store.set(r.id, r);
      this.writes++;
    }
  }

  run(untilMs: number, pose: (s: SessionState) => Pose | null = goodFor, stop?: (s: SessionState) => boolean): this {
    for (let t = this.t + 33; t <= untilMs; t += 33) {
      this.t = t;
      if (t % 250 < 33) this.apply(sessionReducer(this.state, { type: 'tick', tMs: t }));
      const p = pose(this.state);
      const step = frameStep(this.state, this.analysis, frameOf(t, p ? [p] : []));
      this.analysis = step.analysis;
      this.apply(step.state);
      if (stop?.(this.state)) break;
    }
    return this;
  }

  command(c: SessionCommand): this {
    this.apply(sessionReducer(this.state, { type: 'command', command: c, tMs: this.t }));
    return this;
  }

  records(): StretchRecord[] {
    return [...this.store.values()];
  }
}

describe('history: a session folded into records', () => {
  it('a completed stretch is one record with both sides measured, as seconds and degrees', () => {
    const rec = Recorder.of('lying-hamstring', { holdS: 5, reps: 1 }).run(60_000, goodFor, (s) => s.screen === 'summary');
    const [r, ...more] = rec.records();
    expect(more).toEqual([]);
    expect(r!.stretchId).toBe('lying-hamstring');
    expect(r!.outcome).toBe('completed');
    expect(r!.startedAt.startsWith('2026-05-12T08:00')).toBe(true);
    expect(r!.holdS).toBe(5);
    expect(r!.sides.map((s) => s.side)).toEqual(['right', 'left']);
    for (const s of r!.sides) {
      expect(s.repsDone).toBe(1);
      expect(s.repsPlanned).toBe(1);
      expect(s.timeInFormS).toBeGreaterThanOrEqual(5);
      expect(s.timeInFormS).toBeLessThan(5.5);
      // The figure's leg is raised 85 degrees: the record keeps what was measured.
      expect(Math.abs(s.bestKeyAngleDeg! - 85)).toBeLessThanOrEqual(2);
      expect(Number.isInteger(s.medianKeyAngleDeg)).toBe(true);
    }
    // The summary the person saw says the same.
    expect(rec.state.results[0]!.sides.map((s) => s.repsDone)).toEqual(r!.sides.map((s) => s.repsDone));
  });

  it('checkpoints every few seconds while a hold counts, so a tab closed mid-hold keeps what was counted', () => {
    const rec = Recorder.of('standing-toe-touch', { holdS: 60, reps: 1 });
    rec.run(20_000);
    // The tab closes here: whatever is in the store is all that is left.
    const [r] = rec.records();
    const counted = (rec.state.hold!.records.both.countedMs) / 1000;
    expect(counted).toBeGreaterThan(15);
    expect(r!.outcome).toBe('ended-early');
    expect(counted - r!.sides[0]!.timeInFormS).toBeLessThanOrEqual(CHECKPOINT_MS / 1000 + 0.1);
    expect(r!.sides[0]!.timeInFormS).toBeGreaterThan(0);
    // Not a write per frame: about one every CHECKPOINT_MS.
    expect(rec.writes).toBeLessThan(20_000 / CHECKPOINT_MS + 3);
  });

  it('a session ended after a few seconds is recorded as ended early with what was held', () => {
    const rec = Recorder.of('standing-toe-touch', { holdS: 20, reps: 2 }).run(6000).command('end');
    const [r] = rec.records();
    expect(r!.outcome).toBe('ended-early');
    expect(r!.sides[0]!.repsDone).toBe(0);
    expect(r!.sides[0]!.repsPlanned).toBe(2);
    expect(r!.sides[0]!.timeInFormS).toBeCloseTo(rec.state.hold!.records.both.countedMs / 1000, 1);
  });

  it('a routine: a skipped stretch is recorded as skipped, the others by their own outcome', () => {
    const rec = Recorder.of('daily', { holdS: 5, reps: 1 });
    rec.run(400).command('skip'); // the standing toe touch, skipped on its setup screen
    rec.run(60_000, goodFor, (s) => s.screen === 'summary');
    const byStretch = Object.fromEntries(rec.records().map((r) => [r.variation ? `${r.stretchId}, ${r.variation}` : r.stretchId, r.outcome]));
    // The standing toe touch is two steps (feet together, then crossed): each is its own record.
    const [together, crossed] = resolveStretch('standing-toe-touch').variations!.map((v) => `standing-toe-touch, ${v.id}`);
    expect(byStretch).toEqual({ [together!]: 'skipped', [crossed!]: 'completed', 'seated-chair': 'completed', 'lying-hamstring': 'completed' });
    expect(new Set(rec.records().map((r) => r.id)).size).toBe(4);
  });

  it('time in each fault is kept in seconds, by rule', () => {
    const bentKnees = (s: SessionState) => (currentStretch(s) ? figure({ ...GOOD.standingToeTouch(), left: bent(180, 40), right: bent(180, 40) }) : null);
    const rec = Recorder.of('standing-toe-touch', { holdS: 5, reps: 1 }).run(3000).run(9000, bentKnees).command('end');
    const faults = rec.records()[0]!.sides[0]!.faultS;
    expect(Object.keys(faults).length).toBeGreaterThan(0);
    expect(Math.max(...Object.values(faults))).toBeGreaterThan(3);
  });

  it('the doorway stretch records the highest target held, and the next day starts there', () => {
    const rec = Recorder.of('doorway-wall', { holdS: 5, reps: 3, restS: 0 }).run(120_000, goodFor, (s) => s.screen === 'summary');
    const r = rec.records()[0]!;
    // Three reps per side at 60, 65, 70 degrees (the figure's leg is at 85): the last held target is 70.
    expect(r.sides.map((s) => s.targetReachedDeg)).toEqual([70, 70]);
    const next = withProgression(buildPlan('doorway-wall', DEFAULT_SETTINGS).steps[0]!.stretch, rec.records());
    expect(next.progression!.startDeg).toBe(70);
    // And a session built on it asks for 70 degrees from its first rep.
    const tomorrow = new Recorder({ kind: 'single', steps: [{ stretch: next }] }).run(3000);
    expect(tomorrow.state.hold!.legRaiseTarget).toBe(70);
  });
});
