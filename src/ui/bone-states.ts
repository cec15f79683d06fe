/** Which bones to colour for which rule, and the angle labels at the joints. Pure. */
import { msg } from '@lit/localize';
import type { FrameReport } from '../core/analysis/form-analyzer';
import type { JointName, Side } from '../core/pose/pose';
import { otherSide } from '../core/pose/pose';
import type { MetricId, StretchDefinition } from '../core/stretches/types';
import type { RuleReport } from '../core/analysis/form-analyzer';
import { jointLabelText } from '../core/session/hold-words';
import type { JointLabel, LimbState } from './pose-overlay';

const leg = (s: Side): string[] => [`${s}_hip|${s}_knee`, `${s}_knee|${s}_ankle`];
const trunk = ['left_shoulder|left_hip', 'right_shoulder|right_hip'];

function bonesFor(metric: MetricId | 'posture', working: Side | null): string[] {
  const w = working ?? 'left';
  const o = otherSide(w);
  switch (metric) {
    case 'knees':
      return [...leg('left'), ...leg('right')];
    case 'kneeWorking':
    case 'legRaiseWorking':
    case 'legFromHorizontalWorking':
    case 'legRaiseDrift':
      return working ? leg(w) : [];
    case 'kneeOther':
    case 'legRaiseOther':
      return working ? leg(o) : [];
    case 'hip':
    case 'trunkLeanForward':
      return trunk;
    case 'heelLiftWorking':
    case 'toesFromVerticalWorking':
      return working ? [`${w}_ankle|${w}_heel`, `${w}_heel|${w}_foot_index`] : [];
    case 'posture':
      return [];
  }
}

const RANK: Record<LimbState, number> = { neutral: 0, pass: 1, unknown: 2, fail: 3 };

/** Bone states: a bone shows the worst state of the rules that involve it. */
export function boneStates(report: FrameReport | undefined): Map<string, LimbState> {
  const out = new Map<string, LimbState>();
  if (!report || report.tracking === 'none') return out;
  for (const rule of report.rules) {
    for (const bone of bonesFor(rule.metric, report.workingLabel)) {
      const prev = out.get(bone) ?? 'neutral';
      if (RANK[rule.state] > RANK[prev]) out.set(bone, rule.state);
    }
  }
  return out;
}

/** Angle labels in whole degrees at the joints the stretch's rules judge, each with its target when it is not met. */
export function jointLabels(report: FrameReport | undefined, stretch?: StretchDefinition, legRaiseTarget: number | null = null): JointLabel[] {
  if (!report?.pose) return [];
  const text = (rule: RuleReport, suffix = '') => (stretch ? jointLabelText(rule, stretch, legRaiseTarget, suffix) : null) ?? `${rule.value}°${suffix}`;
  const labels: JointLabel[] = [];
  const stateOf = (metric: MetricId): LimbState => report.rules.find((r) => r.metric === metric)?.state ?? 'neutral';
  const sides: Side[] = report.workingLabel ? [report.workingLabel, otherSide(report.workingLabel)] : ['left', 'right'];
  for (const s of sides) {
    const isWorking = report.workingLabel === s;
    const kneeMetric: MetricId = report.workingLabel ? (isWorking ? 'kneeWorking' : 'kneeOther') : 'knees';
    const kneeRule = report.rules.find((r) => r.metric === kneeMetric);
    if (kneeRule?.value != null) labels.push({ joint: `${s}_knee` as JointName, text: text(kneeRule), state: stateOf(kneeMetric) });
  }
  const hipRule = report.rules.find((r) => r.metric === 'hip');
  if (hipRule?.value != null) {
    const joint: JointName = report.pose.keypoints.left_hip && (report.pose.keypoints.left_hip.score ?? 0) >= (report.pose.keypoints.right_hip?.score ?? 0) ? 'left_hip' : 'right_hip';
    labels.push({ joint, text: text(hipRule), state: stateOf('hip') });
  }
  const raise = report.rules.find((r) => r.metric === 'legRaiseWorking');
  if (raise?.value != null && report.workingLabel) labels.push({ joint: `${report.workingLabel}_ankle` as JointName, text: text(raise, ` ${msg('raise', { desc: 'After a leg-raise angle at the ankle: "62° raise → 70°"' })}`), state: stateOf('legRaiseWorking') });
  // Two-leg stretches judge the worse knee: label it once, not at both knees.
  const isKnee = (l: JointLabel) => l.joint.endsWith('knee');
  return labels.filter((l, i) => !isKnee(l) || labels.findIndex((m) => isKnee(m) && m.text === l.text) === i);
}
