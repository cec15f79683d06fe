import { describe, expect, it } from 'vitest';
import { FormAnalyzer } from '../../src/core/analysis/form-analyzer';
import { analysisContext, DEFAULT_HOLD_SETTINGS, holdReducer, initialHoldState, type HoldState } from '../../src/core/hold/hold-reducer';
import { compareSides } from '../../src/core/hold/records';
import type { Pose } from '../../src/core/pose/pose';
import { resolveStretch, type StretchOverrides } from '../../src/core/stretches/validate';
import type { StretchId } from '../../src/core/stretches/types';
import { bent, figure, frameOf, GOOD } from './figure';
import { eventWords } from '../../src/ui/words/session-words';

/** Runs a session over a timeline of poses (one per 33 ms frame) through the analyser and the hold reducer. */
function run(id: StretchId, poseAt: (tMs: number, s: HoldState) => Pose | null, untilMs: number, opts: { overrides?: StretchOverrides; side?: 'left' | 'right'; resetOnBreak?: boolean } = {}) {
  const stretch = resolveStretch(id, opts.overrides);
  const analyzer = new FormAnalyzer(stretch);
  let s = initialHoldState(stretch, { ...(opts.side ? { side: opts.side } : {}), ...(opts.resetOnBreak ? { settings: { ...DEFAULT_HOLD_SETTINGS, resetOnBreak: true } } : {}) });
  const history: HoldState[] = [];
  for (let t = 0; t <= untilMs; t += 33) {
    const pose = poseAt(t, s);
    const report = analyzer.analyze(frameOf(t, pose ? [pose] : []), analysisContext(s));
    s = holdReducer(s, { type: 'frame', report });
    history.push(s);
  }
  return { s, history };
}

const good = () => figure(GOOD.standingToeTouch());
const kneesBent = () => figure({ ...GOOD.standingToeTouch(), left: bent(160, 40), right: bent(160, 40) });

describe('hold counting', () => {
  it('counts a 20 s standing toe touch in good form and completes the rep', () => {
    const { s, history } = run('standing-toe-touch', () => good(), 21_000, { overrides: { reps: 1 } });
    expect(s.status).toBe('done');
    expect(s.repsDone).toBe(1);
    const doneAt = history.findIndex((h) => h.status === 'done') * 33;
    expect(doneAt).toBeGreaterThan(19_900);
    expect(doneAt).toBeLessThan(20_400);
    expect(s.records.both.countedMs).toBeGreaterThanOrEqual(20_000);
  });

  it('stops counting while the knees bend and says so, then resumes without reset', () => {
    const pose = (t: number) => (t >= 5000 && t < 9000 ? kneesBent() : good());
    const { history } = run('standing-toe-touch', pose, 12_000);
    const at = (t: number) => history[Math.round(t / 33)]!;
    expect(at(4900).status).toBe('counting');
    const before = at(4900).countedMs;
    expect(at(8000).status).toBe('paused');
    expect(at(8800).countedMs).toBeLessThan(before + 600); // at most the hysteresis-smoothed edge
    expect(at(11_900).countedMs).toBeGreaterThan(before + 2000);
    // What to work on: the knee rule failed for most of the 4 s of bent knees.
    expect(at(11_900).records.both.faultMs['knees-straight']).toBeGreaterThan(3000);
  });

  it('resets the rep on a break when that setting is on', () => {
    const pose = (t: number) => (t >= 5000 && t < 6000 ? kneesBent() : good());
    const { history } = run('standing-toe-touch', pose, 7000, { resetOnBreak: true });
    expect(history[Math.round(5900 / 33)]!.countedMs).toBe(0);
  });

  it('bridges a tracking loss shorter than the doubt, pauses on a longer one, and says "can\'t see you" after the grace period', () => {
    const pose = (t: number) => (t >= 4000 && t < 4100 ? null : t >= 8000 && t < 10_000 ? null : good());
    const { history } = run('standing-toe-touch', pose, 11_000);
    const at = (t: number) => history[Math.round(t / 33)]!;
    // 0.1 s unseen: the count stands still, then takes that time back.
    expect(at(4050).status).toBe('counting');
    expect(at(4050).countedMs).toBeCloseTo(at(3990).countedMs, -1);
    expect(at(4300).countedMs - at(3990).countedMs).toBeCloseTo(310, -2);
    // 2 s unseen: a doubt for 0.4 s, then paused without reset, then lost; none of it counted.
    expect(at(8200).status).toBe('counting');
    expect(at(8600).status).toBe('paused');
    expect(at(9500).status).toBe('lost');
    expect(at(9500).countedMs).toBeCloseTo(at(7990).countedMs, -2);
  });

  it('does not count a bouncing fold', () => {
    const pose = (t: number) => figure({ ...GOOD.standingToeTouch(), trunk: 120 + 12 * Math.sin((2 * Math.PI * t) / 600) });
    const { s } = run('standing-toe-touch', pose, 10_000);
    expect(s.countedMs).toBeLessThan(2500);
  });

  it('asks the person to turn round for the other leg where the stretch wants it nearest the camera', () => {
    const { history } = run('seated-chair', () => figure(GOOD.chair('right')), 20_000, { overrides: { holdMs: 5_000 } });
    const switchEvent = history.flatMap((h) => h.events).find((e) => e.type === 'switch-side');
    expect(switchEvent).toEqual({ type: 'switch-side', to: 'left', turnRound: true });
    expect(eventWords(switchEvent!)).toBe('Switch sides: next, your left leg. Turn around so it is nearest the camera.');
  });

  it('rests between reps and then does the other side for a one-leg stretch', () => {
    // Left leg raised while the plan says right and vice versa does not matter: the leg is found by geometry.
    const { s, history } = run('lying-hamstring', () => figure(GOOD.lyingOneLegRaised(85)), 75_000, { overrides: { holdMs: 30_000 } });
    const statuses = new Set(history.map((h) => h.status));
    expect(statuses.has('resting')).toBe(true);
    const switchEvent = history.flatMap((h) => h.events).find((e) => e.type === 'switch-side');
    expect(switchEvent).toEqual({ type: 'switch-side', to: 'left', turnRound: false });
    expect(s.status).toBe('done');
    expect(s.records.right.repsDone).toBe(1);
    expect(s.records.left.repsDone).toBe(1);
    expect(s.records.right.countedMs).toBeGreaterThanOrEqual(30_000);
  });

  it('reports a left/right difference in words', () => {
    const cmp = compareSides(
      { countedMs: 1, repsDone: 1, keyAngles: [80, 82, 81], bestReach: null, pnfGains: [], faultMs: {} },
      { countedMs: 1, repsDone: 1, keyAngles: [72, 73, 74], bestReach: null, pnfGains: [], faultMs: {} },
      'higher',
    );
    expect(cmp).toMatchObject({ differenceDeg: 8, even: false });
  });
});

describe('partner (PNF) stretch', () => {
  it('holds 10 s relaxed, then 10 s push with the leg still; lowering the leg in the push stops the count', () => {
    const raise = 60;
    const pose = (t: number, s: HoldState) => {
      // In the push phase, drop the leg by 10 degrees for 2 s: the count must stop meanwhile.
      const inPush = s.phase === 'push';
      const drop = inPush && t > 13_000 && t < 15_000 ? 10 : 0;
      return figure(GOOD.lyingOneLegRaised(raise - drop));
    };
    const { history } = run('partner-pnf', pose, 25_000, { side: 'right' });
    const pushStart = history.findIndex((h) => h.phase === 'push');
    expect(pushStart * 33).toBeGreaterThan(9_900);
    expect(pushStart * 33).toBeLessThan(10_600);
    expect(history[pushStart]!.pushReferenceRaise).toBeCloseTo(60, 0);
    const during = history[Math.round(14_000 / 33)]!;
    expect(during.status).toBe('paused');
    const done = history.findIndex((h) => h.repsDone === 1);
    expect(done * 33).toBeGreaterThan(21_500); // 20 s plus the ~2 s lost to the lowered leg
  });

  it('records the gain in leg raise from one rep to the next', () => {
    const pose = (_t: number, s: HoldState) => figure(GOOD.lyingOneLegRaised(s.repsDone === 0 ? 55 : 63));
    const { s } = run('partner-pnf', pose, 60_000, { side: 'right', overrides: { reps: 2, restMs: 2000 } });
    expect(s.records.right.pnfGains).toEqual([8]);
  });
});

describe('doorway progression', () => {
  it('raises the target after a completed rep and asks to slide closer', () => {
    const pose = () => figure(GOOD.lyingOneLegRaised(67));
    const { s, history } = run('doorway-wall', pose, 90_000, { side: 'left', overrides: { reps: 3, restMs: 1000 } });
    const raised = history.flatMap((h) => h.events).filter((e) => e.type === 'target-raised');
    expect(raised[0]).toEqual({ type: 'target-raised', targetDeg: 65 });
    // A 67 degree leg passes the 60 and 65 targets but not 70: the third rep does not count.
    expect(s.repsDone).toBe(2);
    expect(s.legRaiseTarget).toBe(70);
    expect(s.status).not.toBe('done');
  });
});

describe('user controls', () => {
  it('pause stops counting, resume continues without counting the paused time', () => {
    const stretch = resolveStretch('standing-toe-touch');
    const analyzer = new FormAnalyzer(stretch);
    let s = initialHoldState(stretch);
    const feed = (t: number) => (s = holdReducer(s, { type: 'frame', report: analyzer.analyze(frameOf(t, [good()]), analysisContext(s)) }));
    for (let t = 0; t < 3000; t += 33) feed(t);
    const before = s.countedMs;
    s = holdReducer(s, { type: 'pause' });
    for (let t = 3000; t < 6000; t += 33) feed(t);
    expect(s.countedMs).toBe(before);
    s = holdReducer(s, { type: 'resume' });
    for (let t = 6000; t < 7000; t += 33) feed(t);
    expect(s.countedMs).toBeGreaterThan(before + 900);
    expect(s.countedMs).toBeLessThan(before + 1100);
  });

  it('skip moves past a rest and past a rep without recording it', () => {
    let s = initialHoldState(resolveStretch('lying-hamstring'));
    s = holdReducer(s, { type: 'skip', tMs: 0 });
    expect(s.repsDone).toBe(0);
    expect(s.sideIndex).toBe(1);
    expect(s.status).toBe('resting');
    s = holdReducer(s, { type: 'skip', tMs: 10 });
    expect(s.status).toBe('waiting');
  });
});


/** Feeds good standing toe-touch frames at the given times (and ticks, as the app does every 250 ms). */
function feedAt(times: readonly number[], opts: { ticks?: boolean; pose?: (t: number) => Pose | null } = {}) {
  const stretch = resolveStretch('standing-toe-touch', { reps: 1, holdMs: 60_000 });
  const analyzer = new FormAnalyzer(stretch);
  let s = initialHoldState(stretch);
  const events: HoldState['events'][number][] = [];
  const end = times.at(-1) ?? 0;
  const ticks = opts.ticks ? Array.from({ length: Math.floor(end / 250) }, (_, i) => (i + 1) * 250) : [];
  const timeline = [...times.map((t) => ({ t, frame: true })), ...ticks.map((t) => ({ t, frame: false }))].sort((a, b) => a.t - b.t || Number(b.frame) - Number(a.frame));
  for (const { t, frame } of timeline) {
    if (frame) {
      const pose = (opts.pose ?? (() => good()))(t);
      s = holdReducer(s, { type: 'frame', report: analyzer.analyze(frameOf(t, pose ? [pose] : []), analysisContext(s)) });
    } else s = holdReducer(s, { type: 'tick', tMs: t });
    events.push(...s.events);
  }
  return { s, events };
}
const every = (stepMs: number, fromMs: number, toMs: number) => Array.from({ length: Math.floor((toMs - fromMs) / stepMs) + 1 }, (_, i) => fromMs + i * stepMs);

describe('a change of verdict counts once it has lasted: one misread costs nothing, bad form is never credited', () => {
  const bentAt = (times: readonly number[]) => (t: number) => (times.includes(t) ? kneesBent() : good());

  it('a lone misread of bent knees in a steady hold at 30 fps counts in full', () => {
    const times = every(33, 0, 10_032);
    const misreads = [2013, 4026, 4059, 6039, 8052];
    const steady = feedAt(times).s;
    const withMisreads = feedAt(times, { pose: bentAt(misreads) }).s;
    expect(withMisreads.countedMs).toBe(steady.countedMs);
    expect(withMisreads.records.both.faultMs['knees-straight'] ?? 0).toBe(0);
  });

  it('a lone misread at 4 fps counts in full; two in a row at 4 fps are a break', () => {
    const times = every(250, 0, 10_000);
    const steady = feedAt(times).s.countedMs;
    expect(feedAt(times, { pose: bentAt([5000]) }).s.countedMs).toBe(steady);
    // 4.75-5.25 s read bent: more than the doubt's 0.4 s, so the break is real and none of it counts.
    const broken = feedAt(times, { pose: bentAt([4750, 5000, 5250]) }).s;
    expect(broken.countedMs).toBeLessThanOrEqual(steady - 750);
    expect(broken.records.both.faultMs['knees-straight']).toBeGreaterThanOrEqual(500);
  });

  it('a real 1 s bend counts nothing of the bend, the doubt included, and pauses within half a second', () => {
    const times = every(33, 0, 10_032);
    const { s } = feedAt(times, { pose: (t) => (t >= 5000 && t < 6000 ? kneesBent() : good()) });
    const steady = feedAt(times).s.countedMs;
    // Hysteresis in the analyser keeps up to a frame or two at each edge; never the bend's second.
    expect(steady - s.countedMs).toBeGreaterThan(900);
    const paused = feedAt(every(33, 0, 5511), { pose: (t) => (t >= 5000 ? kneesBent() : good()) }).s;
    expect(paused.status).toBe('paused');
  });

  it('at 1 fps a misread is not bridged: a good frame a second after a bad one counts only its own short gap', () => {
    const times = every(1000, 0, 20_000);
    const steady = feedAt(times, { ticks: true }).s.countedMs;
    const s = feedAt(times, { ticks: true, pose: bentAt([10_000]) }).s;
    expect(s.countedMs).toBeLessThanOrEqual(steady - 1500);
  });

  it('at 3 fps two frames that could not be judged count in full; two judged out of form, or three unjudged, are a break', () => {
    // BlazePose found afresh gives 2-4 frames a second on two CPU cores: two frames outlast the
    // doubt's 0.4 s. A frame with nobody clear is no evidence either way; a bent knee is evidence.
    const times = every(333, 0, 9990);
    const steady = feedAt(times).s.countedMs;
    const unseen = (at: readonly number[]) => (t: number) => (at.includes(t) ? null : good());
    expect(feedAt(times, { pose: unseen([4995, 5328]) }).s.countedMs).toBe(steady);
    expect(feedAt(times, { pose: unseen([4995, 5328, 5661]) }).s.countedMs).toBeLessThanOrEqual(steady - 900);
    expect(feedAt(times, { pose: bentAt([4995, 5328]) }).s.countedMs).toBeLessThanOrEqual(steady - 600);
    // An unjudged frame then a bent one: not a misread either.
    const mixed = (t: number) => (t === 4995 ? null : t === 5328 ? kneesBent() : good());
    expect(feedAt(times, { pose: mixed }).s.countedMs).toBeLessThanOrEqual(steady - 600);
    // At 1 fps (and at 950 ms apart) one unjudged frame leaves the person unseen for about 2 s: not bridged.
    for (const step of [1000, 950]) {
      const slow = every(step, 0, 20 * step);
      const slowSteady = feedAt(slow, { ticks: true }).s.countedMs;
      expect(feedAt(slow, { ticks: true, pose: unseen([10 * step]) }).s.countedMs, `${step} ms apart`).toBeLessThanOrEqual(slowSteady - 1.5 * step);
    }
    // At 2 fps one unjudged frame is bridged (1 s unseen in all), two are not (1.5 s).
    const two = every(500, 0, 10_000);
    const twoSteady = feedAt(two).s.countedMs;
    expect(feedAt(two, { pose: unseen([5000]) }).s.countedMs).toBe(twoSteady);
    expect(feedAt(two, { pose: unseen([5000, 5500]) }).s.countedMs).toBeLessThanOrEqual(twoSteady - 1000);
  });

  it('brief good readings inside bad form (a model flicking to a helper and back) credit nothing', () => {
    const times = every(100, 0, 10_000);
    // Bad form throughout, read good for runs of one to three frames now and then (the pattern of a
    // hand-held clip of a seated fold with bent knees and a helper in view).
    const goodRuns = [[400], [2800], [3300, 3400, 3500], [4900], [6000], [7100, 7200, 7300], [8900]].flat();
    const { s } = feedAt(times, { pose: (t) => (goodRuns.includes(t) ? good() : kneesBent()) });
    expect(s.countedMs).toBe(0);
    expect(s.status).not.toBe('counting');
  });

  it('a real start loses nothing: the count starts once form has lasted, with that time', () => {
    const times = every(33, 0, 10_032);
    const { s } = feedAt(times, { pose: (t) => (t < 3000 ? kneesBent() : good()) });
    // About 7 s of good form (the analyser's hysteresis keeps a frame or two at the edge).
    expect(s.countedMs).toBeGreaterThan(6_800);
    expect(s.countedMs).toBeLessThanOrEqual(7_100);
    const early = feedAt(every(33, 0, 3201), { pose: (t) => (t < 3000 ? kneesBent() : good()) }).s;
    expect(early.countedMs).toBe(0);
    expect(early.unconfirmed?.change).toBe('start');
  });

  it('a doubt does not outlive a stopped source', () => {
    let { s } = feedAt(every(33, 0, 3003), { pose: (t) => (t >= 2970 ? kneesBent() : good()) });
    expect(s.unconfirmed).not.toBeNull();
    const before = s.countedMs;
    s = holdReducer(s, { type: 'source-stopped', reason: 'camera-ended' });
    s = holdReducer(s, { type: 'source-changed' });
    const stretch = s.stretch;
    const analyzer = new FormAnalyzer(stretch);
    for (const t of every(33, 5000, 5099)) s = holdReducer(s, { type: 'frame', report: analyzer.analyze(frameOf(t, [good()]), analysisContext(s)) });
    // Three good frames after the stop: at most their own gaps count, never the doubt before the stop.
    expect(s.countedMs - before).toBeLessThanOrEqual(99);
  });
});

describe('the count follows the clock, not the frame rate', () => {
  // Regression: with a fixed 250 ms cap per frame gap, 20 s of good form at about 1 fps counted as
  // 4.5 s with no explanation.
  it('counts 20 s of good form at 1 fps as about 20 s, ticks and all', () => {
    const { s } = feedAt(every(1000, 0, 20_000), { ticks: true });
    expect(s.status).toBe('counting');
    // The first two intervals teach the rate (a cold start cannot tell a slow device from a stall).
    expect(s.countedMs).toBeGreaterThanOrEqual(18_500);
    expect(s.countedMs).toBeLessThanOrEqual(20_000);
  });

  it('counts a jittery 1 fps stream with a dropped frame in full', () => {
    const times = every(1000, 0, 20_000).filter((t) => t !== 9000).map((t, i) => t + (i % 3) * 120);
    const { s } = feedAt(times, { ticks: true });
    expect(s.countedMs).toBeGreaterThanOrEqual(18_000);
  });

  it('counts a long gap only with the form held on both sides of it', () => {
    // 1 fps: good to 10 s, knees bent 11-14 s, good again from 15 s. The gaps 10-11 s and 14-15 s
    // each have bent knees on one side: they do not count in full.
    const pose = (t: number) => (t >= 11_000 && t <= 14_000 ? kneesBent() : good());
    const { s } = feedAt(every(1000, 0, 20_000), { ticks: true, pose });
    expect(s.status).toBe('counting');
    // 1-10 s less the first interval (learning the rate), 15-20 s, and the short entry gap at 15 s.
    expect(s.countedMs).toBe(9000 + 5000 + 250);
  });

  it('counts the irregular frames of a busy device in full', () => {
    // Intervals measured in the e2e run on a shared 2-core machine (wasm backend, about 5 fps).
    const measured = [199, 139, 202, 60, 67, 133, 533, 249, 1039, 201, 467, 399, 267, 134, 854, 410, 133, 135, 214, 680, 470, 403, 795, 452];
    const times = [0];
    for (let i = 0; times.at(-1)! < 20_000; i++) times.push(times.at(-1)! + measured[i % measured.length]!);
    const { s } = feedAt(times, { ticks: true });
    expect(s.events.some((e) => e.type === 'stalled')).toBe(false);
    expect(s.status).toBe('counting');
    // All but the first few intervals, while the rate is learnt.
    expect(s.countedMs).toBeGreaterThan(times.at(-1)! - 1500);
  });

  it('adds nothing for a 5 s stall in a 30 fps stream', () => {
    const before = feedAt(every(33, 0, 5016)).s.countedMs;
    const { s } = feedAt([...every(33, 0, 5016), ...every(33, 10_016, 12_000)]);
    const after = every(33, 10_016, 12_000).length - 1;
    expect(s.countedMs).toBeGreaterThanOrEqual(before + after * 33 - 1);
    expect(s.countedMs).toBeLessThanOrEqual(before + after * 33 + 1);
  });

  it('says the device is too slow, rather than counting, when frames come 2 s apart', () => {
    const { s, events } = feedAt(every(2000, 0, 20_000), { ticks: true });
    expect(s.status).toBe('too-slow');
    expect(s.countedMs).toBe(0);
    expect(events.filter((e) => e.type === 'too-slow')).toHaveLength(1);
  });

  it('counts again once the frame rate recovers', () => {
    const { s } = feedAt([...every(2000, 0, 10_000), ...every(33, 10_033, 15_000)]);
    expect(s.status).toBe('counting');
    expect(s.countedMs).toBeGreaterThan(4000);
  });
});

describe('a stopped source stops the count', () => {
  it('moves a counting hold to stalled once no frame arrived for longer than the grace period', () => {
    // Regression: frames stopped (camera unplugged, a video failing part-way) and the hold stayed
    // 'counting' over a frozen skeleton. Frames (and ticks) to 5 s, then ticks only: the tick at
    // 5.25 s finds the last frame; 1 s of silence after it is tolerated, more is a stall.
    const counted = feedAt(every(33, 0, 5016), { ticks: true }).s;
    expect(counted.status).toBe('counting');
    let h = holdReducer(counted, { type: 'tick', tMs: 5250 });
    h = holdReducer(h, { type: 'tick', tMs: 6250 });
    expect(h.status).toBe('counting');
    h = holdReducer(h, { type: 'tick', tMs: 6500 });
    expect(h.status).toBe('stalled');
    expect(h.stall).toBe('no-frames');
    expect(h.events).toEqual([{ type: 'stalled', reason: 'no-frames' }]);
    h = holdReducer(h, { type: 'tick', tMs: 20_000 });
    expect(h.countedMs).toBe(counted.countedMs);
  });

  it('does not take a slow model for a stall: silence is measured from when frames arrive', () => {
    // 4 fps, each frame reaching the hold 1.2 s after its capture time (a slow model, a busy device):
    // on the ticks' clock the last frame's timestamp is always over 1 s old, yet frames keep coming.
    const stretch = resolveStretch('standing-toe-touch', { reps: 1, holdMs: 60_000 });
    const analyzer = new FormAnalyzer(stretch);
    let h = initialHoldState(stretch);
    const events: HoldState['events'][number][] = [];
    for (let now = 1200; now <= 20_000; now += 250) {
      h = holdReducer(h, { type: 'frame', report: analyzer.analyze(frameOf(now - 1200, [good()]), analysisContext(h)) });
      h = holdReducer(h, { type: 'tick', tMs: now + 125 });
      events.push(...h.events);
    }
    expect(events.filter((e) => e.type === 'stalled')).toEqual([]);
    expect(h.status).toBe('counting');
    expect(h.countedMs).toBeGreaterThan(18_000);
  });

  it('stops at once, with the reason, when the source says it stopped', () => {
    const counted = feedAt(every(33, 0, 3000)).s;
    const h = holdReducer(counted, { type: 'source-stopped', reason: 'camera-ended' });
    expect(h.status).toBe('stalled');
    expect(h.stall).toBe('camera-ended');
    expect(h.countedMs).toBe(counted.countedMs);
    expect(h.events).toEqual([{ type: 'stalled', reason: 'camera-ended' }]);
  });

  it('resumes counting when frames come back, without counting the stall', () => {
    const stretch = resolveStretch('standing-toe-touch', { reps: 1, holdMs: 60_000 });
    const analyzer = new FormAnalyzer(stretch);
    let s = initialHoldState(stretch);
    const feed = (t: number) => (s = holdReducer(s, { type: 'frame', report: analyzer.analyze(frameOf(t, [good()]), analysisContext(s)) }));
    for (const t of every(33, 0, 3003)) feed(t);
    const before = s.countedMs;
    s = holdReducer(s, { type: 'source-stopped', reason: 'video-failed' });
    s = holdReducer(s, { type: 'source-changed' });
    for (const t of every(33, 3300, 4290)) feed(t);
    expect(s.status).toBe('counting');
    expect(s.stall).toBeNull();
    expect(s.countedMs - before).toBeGreaterThan(900);
    expect(s.countedMs - before).toBeLessThan(1000);
  });
});
