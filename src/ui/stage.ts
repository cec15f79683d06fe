import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Pose } from '../core/pose/pose';
import { FileChosenEvent } from './events';
import type { JointLabel, LimbState } from './pose-overlay';
import './pose-overlay';

/**
 * The picture (camera, video or photo) with the skeleton drawn over it. A photo or video can be
 * dropped on it.
 * @fires fh-file - a file was dropped
 */
@localized()
@customElement('fh-stage')
export class Stage extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; background: #000; border-radius: 12px; overflow: hidden; }
    .frame { position: relative; margin: 0 auto; max-width: 100%; max-height: 100%; aspect-ratio: var(--fh-frame-aspect); }
    video, img { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: contain; display: block; }
    .mirror video { transform: scaleX(-1); }
    .empty { display: grid; place-items: center; color: #cfd8dc; height: 100%; min-height: 240px; text-align: center; padding: 1rem; }
    .drop { position: absolute; inset: 0; display: grid; place-items: center; background: rgba(20, 90, 160, 0.7); color: #fff; font-size: 1.5em; z-index: 2; }
  `;

  /** The element showing the source, owned by the pipeline controller. */
  @property({ attribute: false }) media: HTMLVideoElement | HTMLImageElement | undefined;
  @property({ attribute: false }) pose: Pose | undefined;
  @property({ type: Number }) frameWidth = 640;
  @property({ type: Number }) frameHeight = 480;
  @property({ type: Number }) threshold = 0.3;
  /** Show the picture as a mirror (webcam). */
  @property({ type: Boolean }) mirror = false;
  @property({ attribute: false }) boneStates: ReadonlyMap<string, LimbState> = new Map();
  @property({ attribute: false }) labels: readonly JointLabel[] = [];
  /** Text shown when there is no picture. */
  @property() placeholder: string | undefined;

  @state() private dragging = false;

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (file) this.dispatchEvent(new FileChosenEvent(file));
  }

  override willUpdate() {
    // Through the CSSOM, not a style attribute: the Content-Security-Policy allows no inline style.
    this.style.setProperty('--fh-frame-aspect', `${this.frameWidth} / ${this.frameHeight}`);
  }

  override render() {
    return html`<div
      class="frame ${this.mirror ? 'mirror' : ''}"
      data-testid="stage"
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
    >
      ${this.media ?? html`<div class="empty">${this.placeholder ?? msg('Waiting for the camera…')}</div>`}
      <fh-pose-overlay
        .pose=${this.pose}
        .frameWidth=${this.frameWidth}
        .frameHeight=${this.frameHeight}
        .threshold=${this.threshold}
        .mirror=${this.mirror && this.media instanceof HTMLVideoElement}
        .boneStates=${this.boneStates}
        .labels=${this.labels}
      ></fh-pose-overlay>
      ${this.dragging ? html`<div class="drop">${msg('Drop a photo or video')}</div>` : ''}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-stage': Stage;
  }
}
