import { describe, expect, it } from 'vitest';
import { FormAnalyzer, type FrameReport } from '../../src/core/analysis/form-analyzer';
import { asRefuted, type Reading } from '../../src/core/analysis/plausibility';
import type { Pose } from '../../src/core/pose/pose';
import { coachingFromStart } from '../../src/core/session/frame-step';
import { StillReading } from '../../src/core/session/still-reading';
import { resolveStretch } from '../../src/core/stretches/validate';
import { PEOPLE_OPINION_MODEL } from '../../src/pipeline/model-choice';
import type { ModelId } from '../../src/pipeline/models';
import { withOpinions } from '../../src/pipeline/still-opinions';
import { bent, figure, frameOf, GOOD, type FigureSpec } from './figure';

const stretch = resolveStretch('lying-hamstring');
/** One model's settled reading of a still figure. */
function read(pose: Pose | undefined): Reading {
  const analyzer = new FormAnalyzer(stretch);
  let report: FrameReport | undefined;
  for (let t = 0; t <= 500; t += 33) report = analyzer.analyze(frameOf(t, pose ? [pose] : []));
  return { report: report!, threshold: 0.5 };
}
const lying = (spec: Partial<FigureSpec> = {}) => figure({ ...GOOD.lyingOneLegRaised(85), ...spec });
const good = read(lying());
const bentKnee = read(lying({ left: bent(5, 45) }));
const nobody = read(undefined);
const standing = read(figure(GOOD.standingUpright()));

/** Answers each model with a given reading and notes who was asked. */
const asker = (answers: Partial<Record<ModelId, Reading>>) => {
  const asked: ModelId[] = [];
  return { asked, ask: (m: ModelId): Promise<Reading | undefined> => (asked.push(m), Promise.resolve(answers[m])) };
};

describe('opinions on a still, as the app and analyze take them', () => {
  it('has a credit checked by the other family, which stands unless that one sees the knee plainly bent', async () => {
    const a = asker({ 'blazepose-full': nobody });
    const r = await withOpinions(good, 'movenet-lightning', stretch, a.ask);
    expect(a.asked).toEqual(['blazepose-full']);
    expect(r.reading).toBe(good);
    expect(r.opinion).toEqual({ model: 'blazepose-full', kept: 'first' });
    const b = asker({ 'blazepose-full': bentKnee });
    const refuted = await withOpinions(good, 'movenet-lightning', stretch, b.ask);
    expect(refuted.reading).toBe(bentKnee);
    expect(refuted.opinion).toEqual({ model: 'blazepose-full', kept: 'second' });
    expect(refuted.refuted).toEqual({ rule: 'knee-straight', value: bentKnee.report.rules.find((x) => x.id === 'knee-straight')?.value });
    // No answer (the photo changed, the model failed): the credit stands, and no opinion is claimed.
    const c = asker({});
    expect(await withOpinions(good, 'movenet-lightning', stretch, c.ask)).toEqual({ reading: good });
  });
  it('asks the other family, and keeps its reading when it is the more plausible', async () => {
    const a = asker({ 'blazepose-full': good });
    const r = await withOpinions(nobody, 'movenet-lightning', stretch, a.ask);
    expect(a.asked).toEqual(['blazepose-full']);
    expect(r.reading).toBe(good);
    expect(r.opinion).toEqual({ model: 'blazepose-full', kept: 'second' });
    const b = asker({ 'movenet-thunder': good });
    expect((await withOpinions(nobody, 'blazepose-full', stretch, b.ask)).reading).toBe(good);
    expect(b.asked).toEqual(['movenet-thunder']);
  });
  it('does not let a second opinion talk a plainly bent knee into credit', async () => {
    const a = asker({ 'blazepose-full': good });
    const r = await withOpinions(bentKnee, 'movenet-lightning', stretch, a.ask);
    expect(r.reading.report.inForm).toBe(false);
    expect(r.opinion?.kept).toBe('first');
  });
  it('asks the model that sees everyone when the reading is still not in the stretch posture', async () => {
    const a = asker({ 'blazepose-full': standing, [PEOPLE_OPINION_MODEL]: good });
    const r = await withOpinions(standing, 'movenet-lightning', stretch, a.ask);
    expect(a.asked).toEqual(['blazepose-full', PEOPLE_OPINION_MODEL]);
    expect(r.reading).toBe(good);
    expect(r.peopleOpinion).toEqual({ model: PEOPLE_OPINION_MODEL, kept: 'second' });
  });
  it('keeps what it has when a model cannot answer (the photo changed, the model failed)', async () => {
    const a = asker({});
    const r = await withOpinions(nobody, 'movenet-lightning', stretch, a.ask);
    expect(r.reading).toBe(nobody);
    expect(r.opinion).toBeUndefined();
  });
});

describe('a credit among two readings', () => {
  const seated = resolveStretch('seated-toe-touch');
  const readSeated = (pose: Pose): Reading => {
    const analyzer = new FormAnalyzer(seated);
    let report: FrameReport | undefined;
    for (let t = 0; t <= 500; t += 33) report = analyzer.analyze(frameOf(t, [pose]));
    return { report: report!, threshold: 0.5 };
  };
  it('does not stand when the other reading plainly refutes it, even when the credit is the more plausible', async () => {
    // Credited on the near knee, with the far knee unread and a near shin of impossible length (as
    // a model that folded a leg onto the hip reads it): worth a second opinion, yet the more plausible.
    const fold = figure({ ...GOOD.seatedToeTouch(), scores: { right_knee: 0.1 } });
    const knee = fold.keypoints.left_knee!;
    const ankle = fold.keypoints.left_ankle!;
    const credited = readSeated({ ...fold, keypoints: { ...fold.keypoints, left_ankle: { x: knee.x + (ankle.x - knee.x) * 2, y: knee.y + (ankle.y - knee.y) * 2, score: 0.9 } } });
    expect(credited.report.inForm).toBe(true);
    // The other model sees only the far knee, bent to 135: it judges nothing, but that knee is plain.
    const farKneeBent = readSeated(figure({ ...GOOD.seatedToeTouch(), left: bent(90, 45), right: bent(90, 45), scores: { left_knee: 0.1, right_shoulder: 0.6, right_elbow: 0.6, right_hip: 0.6, right_ankle: 0.6 } }));
    expect(farKneeBent.report.inForm).toBeNull();
    const a = asker({ 'movenet-thunder': farKneeBent });
    const r = await withOpinions(credited, 'blazepose-full', seated, a.ask);
    expect(r.opinion).toEqual({ model: 'movenet-thunder', kept: 'second' });
    expect(r.reading).toBe(farKneeBent);
    // What it saw, for the session to say (the knees bent, not "I can't see your legs").
    expect(r.refuted?.rule).toBe('knees-straight');
    expect(r.refuted?.value).toBeLessThanOrEqual(140);
    const said = asRefuted(r.reading.report, r.refuted!);
    expect(said.inForm).toBe(false);
    expect(said.cue).toEqual({ kind: 'fix', code: { id: 'rule', stretch: 'seated-toe-touch', rule: 'knees-straight' } });
    expect(said.rules.find((x) => x.id === 'knees-straight')).toMatchObject({ state: 'fail', value: r.refuted?.value });
    // A rule the report does not have (another stretch's) changes nothing.
    expect(asRefuted(r.reading.report, { rule: 'knee-straight', value: 120 })).toBe(r.reading.report);
  });
  it('checks a credit the second opinion gave against the first reading, which then stands', async () => {
    // The first model sees the knee plainly bent but judges nothing (a lone far knee); the second
    // credits on one knee. The first refutes that credit, and it is the first reading that stands.
    const fold = figure({ ...GOOD.seatedToeTouch(), scores: { right_knee: 0.1 } });
    const knee = fold.keypoints.left_knee!;
    const ankle = fold.keypoints.left_ankle!;
    const credited = readSeated({ ...fold, keypoints: { ...fold.keypoints, left_ankle: { x: knee.x + (ankle.x - knee.x) * 2, y: knee.y + (ankle.y - knee.y) * 2, score: 0.9 } } });
    const farKneeBent = readSeated(figure({ ...GOOD.seatedToeTouch(), left: bent(90, 45), right: bent(90, 45), scores: { left_knee: 0.1, right_shoulder: 0.6, right_elbow: 0.6, right_hip: 0.6, right_ankle: 0.6 } }));
    const r = await withOpinions(farKneeBent, 'movenet-thunder', seated, asker({ 'blazepose-full': credited }).ask);
    expect(r.opinion).toEqual({ model: 'blazepose-full', kept: 'first' });
    expect(r.reading).toBe(farKneeBent);
    expect(r.refuted?.rule).toBe('knees-straight');
  });
});

describe('a reading beside the session', () => {
  it('reads a still without touching the session, and its frames replayed give the same report', () => {
    const session = coachingFromStart(stretch, undefined, false);
    const look = new StillReading(session);
    const frames = [0, 33, 66].map((t) => frameOf(t, [lying()]));
    for (const f of frames) look.add(f);
    expect(session.report).toBeNull();
    expect(look.report?.inForm).toBe(true);
    expect(look.frames).toHaveLength(3);
    const again = new StillReading(session);
    for (const f of look.frames) again.add(f);
    expect(again.report).toEqual(look.report);
  });
});
