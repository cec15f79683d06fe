import { describe, expect, it } from 'vitest';
import { FormAnalyzer, type FrameReport } from '../../src/core/analysis/form-analyzer';
import { nearLabelByScores, nearSideByLayout } from '../../src/core/analysis/sidedness';
import { bodyFromPose } from '../../src/core/analysis/body';
import type { JointName, KneeReadingBias } from '../../src/core/pose/pose';
import { resolveStretch } from '../../src/core/stretches/validate';
import type { StretchId } from '../../src/core/stretches/types';
import { bent, figure, frameOf, GOOD, straight, type FigureSpec } from './figure';
import { cueWords } from '../../src/ui/words/cue-words';

/** The cue as the person reads it (English, the source language). */
const said = (cue: { readonly code: Parameters<typeof cueWords>[0] }): string => cueWords(cue.code);

function judge(id: StretchId, spec: FigureSpec, context = {}, opts: { kneeReadingBias?: KneeReadingBias } = {}, forMs = 500): FrameReport {
  const analyzer = new FormAnalyzer(resolveStretch(id));
  let report: FrameReport | undefined;
  for (let t = 0; t <= forMs; t += 33) report = analyzer.analyze(frameOf(t, [figure(spec)], opts), context);
  return report!;
}

/** Scores of every joint of one side set to `score`: that side is the far one, covered by the body. */
const farSide = (side: 'left' | 'right', score = 0.6): Partial<Record<JointName, number>> =>
  Object.fromEntries(['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle'].map((l) => [`${side}_${l}`, score]));

describe('knee readings calibrated per model and posture', () => {
  // A lying raised knee that is straight reads 157-158 on real people (BlazePose full); the rule says 160.
  const lyingSoftKnee = GOOD.lyingOneLegRaised(85, straight(90));
  const raised = { ...lyingSoftKnee, left: bent(5, 22) }; // knee reads 158
  it('credits a straight raised knee that the model reads a few degrees short, lying down', () => {
    expect(judge('lying-hamstring', raised, { side: 'left' }).inForm).toBe(false);
    const r = judge('lying-hamstring', raised, { side: 'left' }, { kneeReadingBias: { lying: 3 } });
    expect(r.angles.kneeLeft).toBe(161);
    expect(r.inForm).toBe(true);
  });
  it('corrects only the posture it was measured in, and never past 180', () => {
    const standing = judge('standing-toe-touch', GOOD.standingToeTouch(), {}, { kneeReadingBias: { lying: 6 } });
    expect(standing.angles.kneeLeft).toBe(180);
    const lyingStraight = judge('lying-hamstring', lyingSoftKnee, { side: 'left' }, { kneeReadingBias: { lying: 6 } });
    expect(lyingStraight.angles.kneeLeft).toBe(180);
  });
  it('still fails a bent knee, and leaves a clearly bent one as read', () => {
    const r = judge('lying-hamstring', { ...lyingSoftKnee, left: bent(5, 40) }, { side: 'left' }, { kneeReadingBias: { lying: 6 } });
    expect(r.angles.kneeLeft).toBe(143); // 140, half way into the taper: +3
    expect(r.inForm).toBe(false);
    // The supine extension's other knee must stay bent (at most 130): a reading of 128 stays 128.
    const supine = judge('supine-leg-extension', { ...lyingSoftKnee, right: bent(90, 52) }, { side: 'left' }, { kneeReadingBias: { lying: 6 } });
    expect(supine.angles.kneeRight).toBe(128);
  });
});

describe('evidence before verdict: both knees', () => {
  // Seated fold facing right; the near knee is hidden (arms over it) while the far one, guessed
  // behind the body, reads straight. The near side scores high everywhere else.
  const base = GOOD.seatedToeTouch();
  it('does not credit "both knees straight" from a lone far knee', () => {
    const spec = { ...base, scores: { ...farSide('left', 0.5), right_knee: 0.1 } };
    const r = judge('seated-toe-touch', spec);
    expect(r.rules.find((x) => x.id === 'knees-straight')?.state).toBe('unknown');
    expect(r.inForm).toBeNull();
  });
  it('judges from the near knee when the far one is hidden', () => {
    const spec = { ...base, scores: { ...farSide('left', 0.5), left_knee: 0.1 } };
    expect(judge('seated-toe-touch', spec).inForm).toBe(true);
  });
  it('still judges from one knee when the model does not say which side is near (MoveNet)', () => {
    const spec = { ...base, scores: { right_knee: 0.1 } };
    expect(judge('seated-toe-touch', spec).inForm).toBe(true);
  });
});

describe('the right leg', () => {
  // Lying on the back, head toward image-left (trunk toward the back with the figure facing right):
  // the person's right side is toward the camera. The model labels the raised leg "left".
  const lying = GOOD.lyingOneLegRaised(85, straight(90));
  it('tells the near side from the layout: head left when lying means the right side is near', () => {
    const body = bodyFromPose(figure(lying), 0.3);
    expect(nearSideByLayout(body, 'lying')).toBe('right');
    expect(nearSideByLayout(bodyFromPose(figure({ ...lying, facing: -1 }), 0.3), 'lying')).toBe('left');
    expect(nearSideByLayout(bodyFromPose(figure(GOOD.standingToeTouch()), 0.3), 'standing')).toBe('right');
  });
  it('reads the near side from the scores only when the gap is clear', () => {
    expect(nearLabelByScores(figure({ ...lying, scores: farSide('right') }))).toBe('left');
    expect(nearLabelByScores(figure({ ...lying, scores: farSide('right', 0.85) }))).toBeUndefined();
  });
  // Labels agree with the layout: the model's near label is "right" (left scores low), so the raised
  // "left" leg is the far leg, the person's left.
  const labelledRight = { ...lying, scores: farSide('left') };
  const twoSeconds = (spec: FigureSpec, side: 'left' | 'right') => judge('lying-hamstring', spec, { side }, {}, 2000);
  it('credits the raised leg to its own side only, once the evidence has lasted 1.5 s', () => {
    expect(twoSeconds(labelledRight, 'left').inForm).toBe(true);
    const wrong = twoSeconds(labelledRight, 'right');
    expect(wrong.inForm).toBe(false);
    expect(wrong.counts).toBe(false);
    expect(said(wrong.cue)).toBe('This is your left leg: switch to your right leg');
    // Half a second of evidence (or a photo's few passes) does not decide it: the form is judged,
    // but the doubtful leg earns no time meanwhile.
    const early = judge('lying-hamstring', labelledRight, { side: 'right' });
    expect(early.inForm).toBe(true);
    expect(early.counts).toBe(false);
    expect(judge('lying-hamstring', labelledRight, { side: 'left' }).counts).toBe(true);
  });
  it('sees through swapped labels: the same picture with the labels swapped names the same leg', () => {
    // The model called the near side "left" here, contradicting the layout: its labels are swapped,
    // so the raised leg it calls "left" is the person's right.
    const swapped = { ...lying, scores: farSide('right') };
    expect(twoSeconds(swapped, 'right').inForm).toBe(true);
    expect(twoSeconds(swapped, 'left').inForm).toBe(false);
  });
  it('takes no side from a model that keeps swapping the legs, and names it again once the labels hold', () => {
    // 7 readings a second of the raised left leg asked to be the right. The model swaps the legs'
    // labels (not the upper body's) for one frame every 1.5 s, as BlazePose did live on an oblique
    // lying person: 9 frames in 10 still say "left", which alone would name the wrong leg.
    const swappedLegs = { ...labelledRight, left: labelledRight.right, right: labelledRight.left };
    const analyzer = new FormAnalyzer(resolveStretch('lying-hamstring'));
    const reports: FrameReport[] = [];
    for (let t = 0; t <= 14_000; t += 143) {
      const swapping = t < 6000 && t % 1500 < 143;
      reports.push(analyzer.analyze(frameOf(t, [figure(swapping ? swappedLegs : labelledRight)]), { side: 'right' }));
    }
    const named = (r: FrameReport) => said(r.cue) === 'This is your left leg: switch to your right leg';
    const whileSwapping = reports.filter((r) => r.tMs < 6000);
    expect(whileSwapping.filter(named)).toEqual([]);
    expect(whileSwapping.filter((r) => r.inForm !== true)).toEqual([]);
    // The price, stated: while the model's sides are no evidence, the leg it shows is credited (as
    // with a model that never tells the near side). Before the third swap, the evidence said "left".
    expect(reports.filter((r) => r.tMs > 3200 && r.tMs < 9500).every((r) => r.counts)).toBe(true);
    // 5 s after the last swap (back, at 4.7 s) the labels are evidence again, and 1.5 s of it names the leg.
    expect(reports.filter((r) => r.tMs > 4719 + 5000 + 1500 + 300).every(named)).toBe(true);
    expect(reports.filter((r) => r.tMs < 4719 + 5000).some(named)).toBe(false);
  });
  it('starts the evidence afresh after one swapped frame, and still names the leg 1.5 s later', () => {
    const swappedLegs = { ...labelledRight, left: labelledRight.right, right: labelledRight.left };
    const analyzer = new FormAnalyzer(resolveStretch('lying-hamstring'));
    const reports: FrameReport[] = [];
    for (let t = 0; t <= 5000; t += 143) reports.push(analyzer.analyze(frameOf(t, [figure(t === 1001 ? swappedLegs : labelledRight)]), { side: 'right' }));
    const named = (r: FrameReport) => said(r.cue) === 'This is your left leg: switch to your right leg';
    // The evidence from before the swap is gone: it takes a fresh 1.5 s.
    expect(reports.filter((r) => r.tMs > 1144 && r.tMs < 1144 + 1500).some(named)).toBe(false);
    expect(reports.filter((r) => r.tMs > 1144 + 1500 + 300).every(named)).toBe(true);
  });
  it('with no side asked (a file studied for whichever leg works), names the leg by the evidence, never by the model label', () => {
    // The model calls the raised leg "left", but the layout says it is the person's right leg.
    const swapped = { ...lying, scores: farSide('right') };
    const analyzer = new FormAnalyzer(resolveStretch('lying-hamstring'));
    const reports: FrameReport[] = [];
    for (let t = 0; t <= 3000; t += 100) reports.push(analyzer.analyze(frameOf(t, [figure(swapped)])));
    expect(reports.every((r) => r.workingLabel === 'left')).toBe(true);
    // Until 1.5 s of evidence no side is named; then the person's right, with the raised leg's
    // angles under it. Every frame counts throughout: nobody asked for a leg.
    expect(reports.filter((r) => r.tMs < 1500).every((r) => r.side === null)).toBe(true);
    const late = reports.filter((r) => r.tMs >= 1500);
    expect(late.every((r) => r.side === 'right')).toBe(true);
    expect(late.every((r) => (r.angles.legRaiseRight ?? 0) > 80 && (r.angles.legRaiseLeft ?? 99) < 10)).toBe(true);
    expect(reports.filter((r) => r.tMs > 500).every((r) => r.counts)).toBe(true);
  });
  it('does not block a hold when the side cannot be told', () => {
    expect(twoSeconds(lying, 'right').inForm).toBe(true);
    expect(twoSeconds(lying, 'left').inForm).toBe(true);
  });
});

describe('view', () => {
  it('asks to turn when the hips are far apart even if the shoulders line up', () => {
    const spec = { ...GOOD.standingToeTouch(), spread: 0 };
    const f = figure(spec);
    const hips = { ...f.keypoints, left_hip: { ...f.keypoints.left_hip!, x: f.keypoints.left_hip!.x - 22 }, right_hip: { ...f.keypoints.right_hip!, x: f.keypoints.right_hip!.x + 22 } };
    const analyzer = new FormAnalyzer(resolveStretch('standing-toe-touch'));
    let r: FrameReport | undefined;
    for (let t = 0; t <= 500; t += 33) r = analyzer.analyze(frameOf(t, [{ ...f, keypoints: hips }]));
    expect(r!.view).toBe('front');
    expect(r!.inForm).toBeNull();
  });
});

describe('bouncing in and out of position', () => {
  // A fold bouncing across the hip threshold (hip 88-112 against 100): each bounce leaves the
  // position for a moment. Those moments must not reset the bounce check, or every return into
  // position counts again (a held-out bouncing clip counted 6.3 s of 3.8 s in good form).
  it('does not count any of a bounce that crosses the threshold', () => {
    const analyzer = new FormAnalyzer(resolveStretch('standing-toe-touch'));
    let counted = 0;
    for (let t = 0; t < 4000; t += 33) {
      const trunk = 80 + 12 * Math.sin((2 * Math.PI * t) / 700);
      const r = analyzer.analyze(frameOf(t, [figure({ ...GOOD.standingToeTouch(), trunk })]));
      if (t > 1000 && r.counts) counted++;
    }
    expect(counted).toBe(0);
  });
});
