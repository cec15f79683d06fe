import { describe, expect, it } from 'vitest';
import { FormAnalyzer, type FrameReport } from '../../src/core/analysis/form-analyzer';
import { implausibleLegs, plausibility, preferReading, refutation, worthASecondOpinion, type Reading } from '../../src/core/analysis/plausibility';
import type { Pose } from '../../src/core/pose/pose';
import { resolveStretch } from '../../src/core/stretches/validate';
import type { StretchId } from '../../src/core/stretches/types';
import { bent, figure, frameOf, GOOD, type FigureSpec } from './figure';

/** One model's settled reading of a still figure (as the analyser reads a photo, frame after frame). */
function read(id: StretchId, pose: Pose | undefined, threshold = 0.5): Reading {
  const analyzer = new FormAnalyzer(resolveStretch(id));
  let report: FrameReport | undefined;
  for (let t = 0; t <= 500; t += 33) report = analyzer.analyze(frameOf(t, pose ? [pose] : []), { side: 'left' });
  return { report: report!, threshold };
}
const lying = (spec: Partial<FigureSpec> = {}) => figure({ ...GOOD.lyingOneLegRaised(85), ...spec });
const stretch = resolveStretch('lying-hamstring');

describe('plausibility of a reading', () => {
  it('ranks a judged reading in the stretch posture above one that found nobody or lost the legs', () => {
    const good = plausibility(read('lying-hamstring', lying()).report, stretch, 0.5).score;
    const nobody = plausibility(read('lying-hamstring', undefined).report, stretch, 0.5).score;
    const noLegs = plausibility(read('lying-hamstring', lying({ scores: { left_knee: 0.1, left_ankle: 0.1, right_knee: 0.1, right_ankle: 0.1 } })).report, stretch, 0.5).score;
    expect(nobody).toBe(0);
    expect(good).toBeGreaterThan(noLegs);
    expect(noLegs).toBeGreaterThan(nobody);
  });

  it('counts a leg whose shin is a quarter of its thigh as impossible', () => {
    const pose = lying();
    const hip = pose.keypoints.left_hip!;
    const knee = pose.keypoints.left_knee!;
    // The ankle pulled almost onto the knee: a collapsed leg.
    const collapsed: Pose = { ...pose, keypoints: { ...pose.keypoints, left_ankle: { x: knee.x + (knee.x - hip.x) * 0.25, y: knee.y + (knee.y - hip.y) * 0.25, score: 0.9 } } };
    expect(implausibleLegs(pose, 0.5)).toBe(0);
    expect(implausibleLegs(collapsed, 0.5)).toBe(1);
    // Unseen joints are not evidence either way.
    expect(implausibleLegs(collapsed, 0.95)).toBe(0);
  });
});

describe('a second opinion on a still', () => {
  const good = read('lying-hamstring', lying());
  const bentKnee = read('lying-hamstring', lying({ left: bent(5, 45) }));
  const lost = read('lying-hamstring', lying({ scores: { left_knee: 0.1, left_ankle: 0.1 } }));
  const nobody = read('lying-hamstring', undefined);

  it('is asked only when the first reading did not credit the stretch', () => {
    expect(good.report.inForm).toBe(true);
    expect(worthASecondOpinion(good, stretch)).toBe(false);
    expect(worthASecondOpinion(bentKnee, stretch)).toBe(true);
    expect(worthASecondOpinion(nobody, stretch)).toBe(true);
  });

  it('replaces a reading that found nobody or lost the working leg', () => {
    expect(lost.report.inForm).toBeNull();
    expect(preferReading(nobody, good, stretch)).toBe('second');
    expect(preferReading(lost, good, stretch)).toBe('second');
    expect(preferReading(lost, bentKnee, stretch)).toBe('second');
  });

  it('never lets an equally plausible reading talk a bent knee into credit, either way round', () => {
    expect(bentKnee.report.inForm).toBe(false);
    expect(preferReading(bentKnee, good, stretch)).toBe('first');
    expect(preferReading(good, bentKnee, stretch)).toBe('second');
  });

  it('lets the credit stand against a knee read just under the line, but not against one plainly under it', () => {
    // The raised knee at 158 against a line of 160: the two families differ by more than that.
    const onTheLine = read('lying-hamstring', lying({ left: bent(5, 22) }));
    expect(onTheLine.report.inForm).toBe(false);
    expect(preferReading(onTheLine, good, stretch)).toBe('second');
    expect(preferReading(good, onTheLine, stretch)).toBe('first');
    // At 152, eight degrees under, the stricter verdict stands either way round.
    const under = read('lying-hamstring', lying({ left: bent(5, 28) }));
    expect(under.report.inForm).toBe(false);
    expect(preferReading(under, good, stretch)).toBe('first');
    expect(preferReading(good, under, stretch)).toBe('second');
    // Another failure beside the knee on the line (the leg not raised enough) is evidence enough.
    const low = read('lying-hamstring', lying({ left: bent(50, 22) }));
    expect(low.report.inForm).toBe(false);
    expect(preferReading(low, good, stretch)).toBe('first');
  });

  it('keeps the first of two equally good readings', () => {
    expect(preferReading(good, read('lying-hamstring', lying()), stretch)).toBe('first');
  });
});

describe('a credit checked by the other family', () => {
  const seated = resolveStretch('seated-toe-touch');
  const fold = (spec: Partial<FigureSpec> = {}) => read('seated-toe-touch', figure({ ...GOOD.seatedToeTouch(), ...spec }));
  const credited = fold();
  const kneesAt = (knee: number, spec: Partial<FigureSpec> = {}) => fold({ left: bent(90, 180 - knee), right: bent(90, 180 - knee), ...spec });

  it('is refuted by the same person seen with the knees plainly bent (15 degrees or more under the line)', () => {
    expect(credited.report.inForm).toBe(true);
    expect(refutation(credited, kneesAt(140), seated)).toEqual({ rule: 'knees-straight', value: 140 });
    expect(refutation(credited, kneesAt(145), seated)).toEqual({ rule: 'knees-straight', value: 145 });
  });

  it('stands when the other model reads the knees only a little bent: two models differ by that much on straight knees', () => {
    expect(kneesAt(150).report.inForm).toBe(false);
    expect(refutation(credited, kneesAt(150), seated)).toBeUndefined();
    expect(refutation(credited, kneesAt(155), seated)).toBeUndefined();
  });

  it('stands when the check agrees, sees someone else, sees the person turned or faults something other than a knee', () => {
    expect(refutation(credited, fold(), seated)).toBeUndefined();
    expect(refutation(credited, kneesAt(130, { hip: { x: 500, y: 400 } }), seated)).toBeUndefined();
    const turned = kneesAt(130, { spread: 80 });
    expect(turned.report.view).toBe('front');
    expect(refutation(credited, turned, seated)).toBeUndefined();
    expect(refutation(credited, fold({ trunk: 0 }), seated)).toBeUndefined();
  });

  it('stands when the bent leg the check reads has no human proportions (a shin taken from someone behind)', () => {
    const pose = figure({ ...GOOD.seatedToeTouch(), left: bent(90, 50), right: bent(90, 50) });
    const knee = pose.keypoints.left_knee!;
    const ankle = pose.keypoints.left_ankle!;
    const longShin: Pose = { ...pose, keypoints: { ...pose.keypoints, left_ankle: { x: knee.x + (ankle.x - knee.x) * 2.2, y: knee.y + (ankle.y - knee.y) * 2.2, score: 0.9 } } };
    expect(refutation(credited, read('seated-toe-touch', pose), seated)).toBeDefined();
    const crossed = read('seated-toe-touch', longShin);
    expect(crossed.report.inForm).toBe(false);
    expect(refutation(credited, crossed, seated)).toBeUndefined();
  });

  it('on one knee (the other unread) falls to a check that sees one knee plainly bent, and judges nothing else', () => {
    const farKneeHidden = { scores: { right_knee: 0.1 } };
    const onOneKnee = fold(farKneeHidden);
    expect(onOneKnee.report.inForm).toBe(true);
    expect(onOneKnee.report.angles.kneeRight).toBeNull();
    // The check sees only the far knee, bent: a lone far knee judges no rule (it may be a guess),
    // but it is as much evidence as the one knee the credit rests on.
    const nearKneeHidden = { scores: { left_knee: 0.1, right_shoulder: 0.6, right_elbow: 0.6, right_hip: 0.6, right_ankle: 0.6 } };
    const oneBentKnee = kneesAt(135, nearKneeHidden);
    expect(oneBentKnee.report.inForm).toBeNull();
    expect(refutation(onOneKnee, oneBentKnee, seated)).toBeDefined();
    expect(refutation(onOneKnee, kneesAt(150, nearKneeHidden), seated)).toBeUndefined();
    // A credit on both knees seen is not overturned by one knee the check alone sees bent.
    expect(refutation(credited, oneBentKnee, seated)).toBeUndefined();
  });

  it('is only a check on a credit', () => {
    expect(refutation(kneesAt(150), kneesAt(130), seated)).toBeUndefined();
  });
});

describe('a second opinion that sees the person turned', () => {
  // Turned 60 degrees off side, one model often pulls the far shoulder and hip onto the near ones
  // (a side view) where the other sees them apart: the turned reading is believed.
  const toeTouch = resolveStretch('standing-toe-touch');
  const readToeTouch = (spec: Partial<FigureSpec>): Reading => {
    const analyzer = new FormAnalyzer(toeTouch);
    let report: FrameReport | undefined;
    for (let t = 0; t <= 500; t += 33) report = analyzer.analyze(frameOf(t, [figure({ ...GOOD.standingToeTouch(), ...spec })]));
    return { report: report!, threshold: 0.5 };
  };
  const sideOn = readToeTouch({});
  const turned = readToeTouch({ spread: 80 });
  const helperTurned = readToeTouch({ spread: 80, hip: { x: 560, y: 240 } });

  it('keeps the turned reading of the same person, whichever model gave it', () => {
    expect(sideOn.report).toMatchObject({ view: 'side', inForm: true });
    expect(turned.report).toMatchObject({ view: 'front', inForm: null });
    expect(preferReading(turned, sideOn, toeTouch)).toBe('first');
    expect(preferReading(sideOn, turned, toeTouch)).toBe('second');
  });

  it('does not take a turned helper elsewhere in the picture for the person stretching', () => {
    expect(helperTurned.report.view).toBe('front');
    expect(preferReading(sideOn, helperTurned, toeTouch)).toBe('first');
    expect(preferReading(helperTurned, sideOn, toeTouch)).toBe('second');
  });
});
