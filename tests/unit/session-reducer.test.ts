import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HoldSecondsSchema, RepCountSchema, RestSecondsSchema } from '../../src/core/schema/dose-schema';
import type { Pose } from '../../src/core/pose/pose';
import { frameStep, type Analysis } from '../../src/core/session/frame-step';
import { buildPlan, type PlanOverrides } from '../../src/core/session/plan';
import type { SessionEvent } from '../../src/core/session/session-events';
import { AUTO_START_MS, currentStretch, initialSessionState, sessionReducer, type SessionCommand, type SessionState } from '../../src/core/session/session-reducer';
import { eventWords } from '../../src/ui/words/session-words';
import { stretchName } from '../../src/ui/words/stretch-words';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import type { StretchId } from '../../src/core/stretches/types';
import { bent, figure, frameOf, GOOD } from './figure';
import { currentSide } from '../../src/core/hold/hold-reducer';
import { cueWords } from '../../src/ui/words/cue-words';

/** The cue as the person reads it (English, the source language). */
const said = (cue: { readonly code: Parameters<typeof cueWords>[0] }): string => cueWords(cue.code);

/** A good pose for whichever stretch the session is on. */
function goodFor(s: SessionState): Pose {
  switch (currentStretch(s)?.id) {
    case 'seated-chair':
      return figure(GOOD.chair(s.hold ? (currentSide(s.hold) ?? undefined) : undefined));
    case 'lying-hamstring':
      return figure(GOOD.lyingOneLegRaised(85));
    case 'supine-leg-extension':
      return figure(GOOD.lyingOneLegRaised(85, bent(90, 90)));
    default:
      return figure(GOOD.standingToeTouch());
  }
}

/**
 * Drives a session over a timeline, as the app does: frames through the one frame step, ticks
 * every 250 ms, commands. Keeps every event in order.
 */
class Timeline {
  state: SessionState;
  analysis: Analysis | undefined;
  readonly events: SessionEvent[] = [];
  t = 0;

  /** Doses as a link would give them, checked by the same schema. */
  constructor(choice: StretchId | 'daily', doses: { holdS?: number; reps?: number; restS?: number } = {}, autoStart = true) {
    const overrides: PlanOverrides = {
      ...(doses.holdS !== undefined ? { holdS: v.parse(HoldSecondsSchema, doses.holdS) } : {}),
      ...(doses.reps !== undefined ? { reps: v.parse(RepCountSchema, doses.reps) } : {}),
      ...(doses.restS !== undefined ? { restS: v.parse(RestSecondsSchema, doses.restS) } : {}),
    };
    this.state = sessionReducer(initialSessionState({ autoStart }), { type: 'start', plan: buildPlan(choice, DEFAULT_SETTINGS, overrides) });
  }

  /** Frames every `stepMs` (and ticks every 250 ms) until `untilMs` or until `stop` holds. */
  run(untilMs: number, pose: (s: SessionState, t: number) => Pose | null = goodFor, stepMs = 33, stop?: (s: SessionState) => boolean): this {
    let nextTick = Math.ceil((this.t + 1) / 250) * 250;
    for (let t = this.t + stepMs; t <= untilMs; t += stepMs) {
      for (; nextTick < t; nextTick += 250) this.tick(nextTick);
      const p = pose(this.state, t);
      ({ state: this.state, analysis: this.analysis } = frameStep(this.state, this.analysis, frameOf(t, p ? [p] : [])));
      this.events.push(...this.state.events);
      this.t = t;
      if (stop?.(this.state)) break;
    }
    return this;
  }

  /** Ticks only (no frames) until `untilMs`. */
  silence(untilMs: number): this {
    for (let t = Math.ceil((this.t + 1) / 250) * 250; t <= untilMs; t += 250) this.tick(t);
    this.t = untilMs;
    return this;
  }

  tick(tMs: number): void {
    this.state = sessionReducer(this.state, { type: 'tick', tMs });
    this.events.push(...this.state.events);
  }

  command(command: SessionCommand): this {
    this.state = sessionReducer(this.state, { type: 'command', command, tMs: this.t });
    this.events.push(...this.state.events);
    return this;
  }

  types(): string[] {
    return this.events.filter((e) => e.type !== 'cue').map((e) => e.type);
  }
}

describe('session: setup', () => {
  it('starts coaching by itself once readiness has held for 1.5 s', () => {
    const tl = new Timeline('standing-toe-touch');
    expect(tl.state.screen).toBe('setup');
    tl.run(AUTO_START_MS - 100);
    expect(tl.state.screen).toBe('setup');
    expect(tl.state.readiness.ready).toBe(true);
    tl.run(AUTO_START_MS + 100);
    expect(tl.state.screen).toBe('coach');
    expect(tl.events).toContainEqual({ type: 'coaching-began', stepIndex: 0, stretchId: 'standing-toe-touch', variation: 'feet-together', side: null });
    // Coaching begins with a fresh count: nothing from the setup screen.
    expect(tl.state.hold?.countedMs).toBeLessThan(150);
  });

  it('starts the 1.5 s again when readiness breaks', () => {
    const tl = new Timeline('standing-toe-touch');
    // Out of view from 1.0 to 1.3 s.
    tl.run(2000, (s, t) => (t > 1000 && t < 1300 ? null : goodFor(s)));
    expect(tl.state.screen).toBe('setup');
    tl.run(2900);
    expect(tl.state.screen).toBe('coach');
  });

  it('begins at once on the start command, and ending before anything was done goes back to the choice', () => {
    const tl = new Timeline('standing-toe-touch');
    tl.run(300).command('start');
    expect(tl.state.screen).toBe('coach');
    const back = new Timeline('standing-toe-touch').run(300).command('end');
    expect(back.state.screen).toBe('choose');
    expect(back.types()).not.toContain('session-finished');
  });
});

describe('session: at home the set-up screen waits for Ready', () => {
  it('stays on the set-up screen, however long the person is in view, until Ready', () => {
    const tl = new Timeline('standing-toe-touch', {}, false);
    tl.run(10_000);
    expect(tl.state.screen).toBe('setup');
    expect(tl.state.readiness.ready).toBe(true);
    tl.command('ready');
    expect(tl.events.at(-1)).toEqual({ type: 'armed' });
    expect(eventWords({ type: 'armed' })).toMatch(/Get into position/);
    // In view for long already: the next frame begins coaching.
    tl.run(10_100);
    expect(tl.state.screen).toBe('coach');
  });

  it('after Ready, waits until the person has been in view for 1.5 s', () => {
    const tl = new Timeline('standing-toe-touch', {}, false);
    tl.run(1000, () => null).command('ready');
    tl.run(1000 + AUTO_START_MS - 200);
    expect(tl.state.screen).toBe('setup');
    tl.run(1000 + AUTO_START_MS + 200);
    expect(tl.state.screen).toBe('coach');
  });

  it('asks for Ready again before the next stretch of a routine, and says what to get', () => {
    const tl = new Timeline('daily', { holdS: 5, reps: 1, restS: 5 }, false);
    tl.command('ready').run(60_000, goodFor, 33, (s) => s.stepIndex === 1);
    expect(tl.state.screen).toBe('setup');
    expect(tl.state.armed).toBe(false);
    tl.command('ready').run(120_000, goodFor, 33, (s) => s.stepIndex === 2);
    expect(tl.state.armed).toBe(false);
    const next = tl.events.filter((e) => e.type === 'next-step').at(-1)!;
    expect(eventWords(next)).toBe('Next: Seated chair stretch. Get a sturdy chair without wheels.');
    tl.run(tl.t + 5000);
    expect(tl.state.screen).toBe('setup');
  });
});

describe('session: reps, rest and sides', () => {
  it('counts a one-leg stretch through rest and the side switch to the summary', () => {
    const tl = new Timeline('lying-hamstring', { holdS: 5, reps: 2, restS: 2 });
    tl.run(40_000, goodFor, 33, (s) => s.screen === 'summary');
    expect(tl.state.screen).toBe('summary');
    expect(tl.types()).toEqual([
      'coaching-began',
      'chime', 'rep-complete', 'rest-over',
      'chime', 'rep-complete', 'switch-side', 'rest-over',
      'chime', 'rep-complete', 'rest-over',
      'chime', 'rep-complete', 'step-finished', 'session-finished',
    ]);
    expect(tl.events.find((e) => e.type === 'switch-side')).toEqual({ type: 'switch-side', to: 'left', turnRound: false });
    const finished = tl.events.at(-1);
    expect(finished?.type === 'session-finished' && finished.outcome).toBe('completed');
    const summary = tl.state.results[0]!;
    expect(summary.sides.map((x) => [x.side, x.repsDone])).toEqual([['right', 2], ['left', 2]]);
    for (const side of summary.sides) expect(side.timeInFormS).toBeGreaterThanOrEqual(10);
    // Four 5 s holds, three 2 s rests, 1.5 s of setup: done in about 27.5 s.
    expect(tl.t).toBeGreaterThan(27_000);
    expect(tl.t).toBeLessThan(29_000);
  });

  it('skips a rep, then a rest; ends early with the step so far and says so', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 20, reps: 2, restS: 10 });
    tl.run(3000).command('skip');
    expect(tl.state.hold?.status).toBe('resting');
    expect(tl.state.hold?.repsDone).toBe(0);
    tl.command('skip');
    expect(tl.state.hold?.status).toBe('waiting');
    tl.run(8000).command('end');
    expect(tl.state.screen).toBe('summary');
    const finished = tl.events.at(-1);
    expect(finished?.type).toBe('session-finished');
    if (finished?.type !== 'session-finished') return;
    expect(finished.outcome).toBe('ended-early');
    expect(finished.results).toHaveLength(1);
    expect(finished.results[0]!.sides[0]!.timeInFormS).toBeGreaterThanOrEqual(4);
    expect(eventWords(finished)).toBe('Session ended. Here is how it went.');
  });

  it('pauses and resumes only on the coach screen, with an event each', () => {
    const tl = new Timeline('standing-toe-touch');
    tl.command('pause');
    expect(tl.types()).toEqual([]);
    tl.run(2000).command('pause');
    expect(tl.state.hold?.status).toBe('user-paused');
    tl.command('pause').command('resume');
    expect(tl.types()).toEqual(['coaching-began', 'paused', 'resumed']);
  });

  it('restart returns to the initial state', () => {
    const tl = new Timeline('standing-toe-touch').run(3000).command('end').command('restart');
    const { analysisEpoch, ...rest } = tl.state;
    const { analysisEpoch: _initialEpoch, ...initial } = initialSessionState();
    expect(rest).toEqual(initial);
    expect(analysisEpoch).toBeGreaterThan(0);
  });
});

describe('session: a routine of several steps', () => {
  it('runs the daily routine through every step with a setup screen between them', () => {
    const tl = new Timeline('daily', { holdS: 5, reps: 1, restS: 0 });
    tl.run(60_000, goodFor, 33, (s) => s.screen === 'summary');
    const types = tl.types();
    expect(types.filter((x) => x === 'coaching-began')).toHaveLength(4);
    // The standing toe touch twice: feet together, then feet crossed, each counted.
    expect(tl.events.filter((e) => e.type === 'next-step').map((e) => e.type === 'next-step' && stretchName(e.stretchId, e.variation))).toEqual(['Standing toe touch, feet crossed', 'Seated chair stretch', 'Lying hamstring stretch']);
    expect(types.filter((x) => x === 'step-finished')).toHaveLength(4);
    expect(tl.state.results.map((r) => stretchName(r.stretchId, r.variation))).toEqual(['Standing toe touch, feet together', 'Standing toe touch, feet crossed', 'Seated chair stretch', 'Lying hamstring stretch']);
    expect(tl.state.results.every((r) => r.sides.every((x) => x.timeInFormS >= 5))).toBe(true);
    expect(types.at(-1)).toBe('session-finished');
  });

  it('skipping on a setup screen records the step and moves on', () => {
    const tl = new Timeline('daily', { holdS: 5, reps: 1 });
    tl.run(500).command('skip');
    expect(tl.state.screen).toBe('setup');
    expect(tl.state.stepIndex).toBe(1);
    expect(tl.state.results.map((r) => r.stretchId)).toEqual(['standing-toe-touch']);
    expect(tl.types()).toEqual(['step-finished', 'next-step']);
    tl.command('end');
    const finished = tl.events.at(-1);
    expect(finished?.type === 'session-finished' && finished.outcome).toBe('ended-early');
  });
});

describe('session: cues', () => {
  it('shows one cue at a time, debounced, as events', () => {
    const kneesBent = figure({ ...GOOD.standingToeTouch(), left: bent(160, 40), right: bent(160, 40) });
    const tl = new Timeline('standing-toe-touch', { holdS: 30 });
    tl.run(2000).run(6000, (_s, t) => (t > 4000 && t < 4100 ? kneesBent : figure(GOOD.standingToeTouch()))).run(9000, () => kneesBent);
    const cues = tl.events.flatMap((e) => (e.type === 'cue' ? [said(e.cue)] : []));
    // The 100 ms flicker of bent knees is not shown; the lasting one is.
    expect(cues).toEqual(['Good form: relax and hold', 'Straighten your knees']);
  });
});

describe('session: a stopped source stops the count', () => {
  it('stops counting once frames stop arriving, and says so in plain words', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 30 });
    tl.run(8000);
    const counted = tl.state.hold!.countedMs;
    expect(tl.state.hold?.status).toBe('counting');
    tl.silence(20_000);
    expect(tl.state.hold?.status).toBe('stalled');
    expect(tl.state.hold?.countedMs).toBe(counted);
    const stop = tl.events.find((e) => e.type === 'count-stopped');
    expect(stop).toEqual({ type: 'count-stopped', reason: 'no-frames' });
    expect(eventWords(stop!)).toMatch(/picture has stopped/);
    // Frames come back: counting again, the silence not counted.
    tl.run(22_000);
    expect(tl.state.hold?.status).toBe('counting');
    expect(tl.state.hold!.countedMs - counted).toBeLessThan(2100);
  });

  it('stops at once with the reason when the source says it stopped', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 30 });
    tl.run(5000);
    tl.state = sessionReducer(tl.state, { type: 'source-stopped', reason: 'camera-ended' });
    expect(tl.state.hold?.status).toBe('stalled');
    expect(tl.state.events).toEqual([{ type: 'count-stopped', reason: 'camera-ended' }]);
    expect(eventWords(tl.state.events[0]!)).toBe('The camera stopped, so the count waits. Check that it is plugged in, then choose "Use camera".');
  });

  it('takes back the credit of a photo that another model refuted, and says which knee rule it broke', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 30 });
    tl.state = sessionReducer(tl.state, { type: 'source-changed', still: true });
    tl.command('start').run(99);
    expect(tl.state.report?.inForm).toBe(true);
    expect(tl.state.cue.shown && said(tl.state.cue.shown)).toBe('Good form: relax and hold');
    const refuted = sessionReducer(tl.state, { type: 'still-refuted', refuted: { rule: 'knees-straight', value: 140 } });
    expect(refuted.report?.inForm).toBe(false);
    expect(refuted.report?.rules.find((r) => r.id === 'knees-straight')).toMatchObject({ state: 'fail', value: 140 });
    expect(said(refuted.report!.cue)).toBe('Straighten your knees');
    // Said aloud at once, in place of "Good form" (a photo's cue is not debounced on screen either).
    expect(refuted.events).toEqual([{ type: 'cue', cue: refuted.report!.cue }]);
    expect(refuted.cue.shown).toEqual(refuted.report!.cue);
    // A stream's report is never taken back: the next frame judges afresh.
    const live = new Timeline('standing-toe-touch', { holdS: 30 });
    live.command('start').run(2000);
    expect(live.state.report?.inForm).toBe(true);
    expect(sessionReducer(live.state, { type: 'still-refuted', refuted: { rule: 'knees-straight', value: 140 } }).report).toBe(live.state.report);
  });

  it('says the cue of a new picture afresh: a second look replayed after the first is spoken', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 30 });
    tl.state = sessionReducer(tl.state, { type: 'source-changed', still: true });
    tl.command('start').run(99);
    expect(tl.state.cue.shown && said(tl.state.cue.shown)).toBe('Good form: relax and hold');
    // Another model's reading of the same photo replayed, from the photo's own small times: it
    // bends the knees. Without starting afresh, "Good form" would stay said for 1.5 s of frames.
    tl.state = sessionReducer(tl.state, { type: 'source-changed', still: true });
    const before = tl.events.length;
    tl.t = 0;
    tl.run(99, () => figure({ ...GOOD.standingToeTouch(), left: bent(180, 40), right: bent(180, 40) }));
    const cues = tl.events.slice(before).filter((e) => e.type === 'cue');
    expect(cues.map((e) => e.type === 'cue' && said(e.cue))).toEqual(['Straighten your knees']);
  });

  it('does not take a photo for a stopped stream', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 30 });
    tl.state = sessionReducer(tl.state, { type: 'source-changed', still: true });
    tl.run(99).command('start').silence(30_000);
    expect(tl.types()).not.toContain('count-stopped');
  });
});

describe('session: the count follows the clock on a slow device', () => {
  it('counts 20 s of good form at 1 fps as 20 s', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 60 });
    // Setup at 1 fps: ready from the first frame (1 s), coaching from the frame at 3 s (1.5 s held).
    tl.run(2000, goodFor, 1000);
    expect(tl.state.screen).toBe('setup');
    tl.run(3000, goodFor, 1000);
    expect(tl.state.screen).toBe('coach');
    tl.run(23_000, goodFor, 1000);
    expect(tl.state.hold?.status).toBe('counting');
    expect(tl.state.hold?.countedMs).toBe(20_000);
    expect(tl.types()).not.toContain('count-stopped');
  });

  it('says the device is too slow when frames come 2 s apart', () => {
    const tl = new Timeline('standing-toe-touch', { holdS: 60 });
    tl.run(2000, goodFor, 2000).command('start').run(30_000, goodFor, 2000);
    expect(tl.state.hold?.status).toBe('too-slow');
    expect(tl.state.hold?.countedMs).toBe(0);
    const stop = tl.events.filter((e) => e.type === 'count-stopped');
    expect(stop).toEqual([{ type: 'count-stopped', reason: 'too-slow' }]);
    expect(eventWords(stop[0]!)).toMatch(/too slow to judge the stretch/);
  });
});
