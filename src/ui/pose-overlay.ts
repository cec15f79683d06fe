import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Pose, JointName } from '../core/pose/pose';

export type LimbState = 'pass' | 'fail' | 'unknown' | 'neutral';

/** A number to draw next to a joint (an angle in whole degrees). */
export interface JointLabel {
  readonly joint: JointName;
  readonly text: string;
  readonly state: LimbState;
}

const BONES: ReadonlyArray<readonly [JointName, JointName]> = [
  ['left_shoulder', 'right_shoulder'],
  ['left_hip', 'right_hip'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
  ['left_shoulder', 'left_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'],
  ['right_elbow', 'right_wrist'],
  ['left_hip', 'left_knee'],
  ['left_knee', 'left_ankle'],
  ['right_hip', 'right_knee'],
  ['right_knee', 'right_ankle'],
  ['left_ankle', 'left_heel'],
  ['left_heel', 'left_foot_index'],
  ['right_ankle', 'right_heel'],
  ['right_heel', 'right_foot_index'],
];

/** Colours chosen to read on video and to differ for colour-blind viewers by lightness too. */
const COLOURS: Record<LimbState, string> = { pass: '#3ddc84', fail: '#ff5c5c', unknown: '#ffd166', neutral: '#7fd3ff' };

/**
 * Draws the skeleton over the picture. Keypoints below the model's confidence are drawn as
 * small hollow rings (seen, but not trusted); bones between them are dashed.
 */
@customElement('fh-pose-overlay')
export class PoseOverlay extends LitElement {
  static override styles = css`
    :host { position: absolute; inset: 0; pointer-events: none; }
    canvas { width: 100%; height: 100%; display: block; }
  `;

  /** The pose in frame pixels, or undefined to clear. */
  @property({ attribute: false }) pose: Pose | undefined;
  /** Size of the frame the pose was found in. */
  @property({ type: Number }) frameWidth = 640;
  @property({ type: Number }) frameHeight = 480;
  /** Keypoint score below which a point is not trusted. */
  @property({ type: Number }) threshold = 0.3;
  /** Mirror horizontally (the webcam is shown as a mirror). */
  @property({ type: Boolean }) mirror = false;
  /** State per bone, keyed "a|b" by joint names; bones not listed are neutral. */
  @property({ attribute: false }) boneStates: ReadonlyMap<string, LimbState> = new Map();
  @property({ attribute: false }) labels: readonly JointLabel[] = [];

  @query('canvas') private canvas!: HTMLCanvasElement;

  override render() {
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  protected override updated(_changed: PropertyValues): void {
    this.draw();
  }

  private draw(): void {
    const c = this.canvas;
    if (!c) return;
    if (c.width !== this.frameWidth) c.width = this.frameWidth;
    if (c.height !== this.frameHeight) c.height = this.frameHeight;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, c.width, c.height);
    const pose = this.pose;
    if (!pose) return;
    const X = (x: number) => (this.mirror ? this.frameWidth - x : x);
    const scale = Math.max(1, this.frameHeight / 480);
    ctx.lineCap = 'round';
    for (const [a, b] of BONES) {
      const ka = pose.keypoints[a];
      const kb = pose.keypoints[b];
      if (!ka || !kb) continue;
      const trusted = ka.score >= this.threshold && kb.score >= this.threshold;
      const state = this.boneStates.get(`${a}|${b}`) ?? 'neutral';
      ctx.strokeStyle = trusted ? COLOURS[state] : 'rgba(255,255,255,0.45)';
      ctx.lineWidth = (trusted ? 5 : 2) * scale;
      ctx.setLineDash(trusted ? [] : [6 * scale, 6 * scale]);
      ctx.beginPath();
      ctx.moveTo(X(ka.x), ka.y);
      ctx.lineTo(X(kb.x), kb.y);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    for (const k of Object.values(pose.keypoints)) {
      const trusted = k.score >= this.threshold;
      ctx.beginPath();
      ctx.arc(X(k.x), k.y, (trusted ? 5 : 4) * scale, 0, 2 * Math.PI);
      if (trusted) {
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.lineWidth = 2 * scale;
        ctx.strokeStyle = '#1b1b1b';
        ctx.stroke();
      } else {
        ctx.lineWidth = 1.5 * scale;
        ctx.strokeStyle = 'rgba(255,255,255,0.6)';
        ctx.stroke();
      }
    }
    ctx.font = `600 ${Math.round(18 * scale)}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    for (const label of this.labels) {
      const k = pose.keypoints[label.joint];
      if (!k || k.score < this.threshold) continue;
      const x = X(k.x) + 12 * scale;
      const w = ctx.measureText(label.text).width + 12 * scale;
      ctx.fillStyle = 'rgba(0,0,0,0.72)';
      ctx.fillRect(x, k.y - 14 * scale, w, 28 * scale);
      ctx.fillStyle = COLOURS[label.state];
      ctx.fillText(label.text, x + 6 * scale, k.y);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-pose-overlay': PoseOverlay;
  }
}
