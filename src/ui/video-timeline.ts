/**
 * A video file studied frame by frame: while it works, a progress bar (frames done of all) and
 * Cancel; then the timeline: the stretch's key angle over time (per leg for one-leg stretches), the
 * good-form stretches shaded green, the counted hold marked with a gold bar, and the totals in words.
 * The chart is uPlot (as src/ui/history-chart.ts: styles through the CSSOM, stylesheet adopted, so
 * the strict CSP holds); the bands are drawn on its canvas in a draw hook.
 */
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import { timelineLines, type Interval, type Timeline, type TimelineLine } from '../core/analysis/video-timeline';
import { FileChosenEvent } from './events';
import type { VideoStudyState } from './controllers/video-study-controller';
import { sharedStyles } from './shared-styles';
import './error-panel';

const COLOURS = { right: '#7fd3ff', left: '#ffb454', both: '#3ddc84', untold: '#b6c6d0', good: 'rgba(61, 220, 132, 0.22)', counted: '#ffd166' };
/** Whether a one-leg timeline has angles whose leg was not told (drawn grey, never under a side). */
const CHART_HEIGHT = 260;
/** Taller on a tall screen (a portrait kiosk), while the words and buttons still fit below it on a laptop. */
const chartHeight = () => Math.round(Math.min(560, Math.max(CHART_HEIGHT, window.innerHeight - 500)));

/** Whole seconds for reading; tenths when under ten, so a short hold is not shown as nothing. */
const seconds = (s: number) => (s < 10 ? Math.round(s * 10) / 10 : Math.round(s));

export class VideoCancelEvent extends Event {
  static readonly type = 'fh-video-cancel';
  constructor() {
    super(VideoCancelEvent.type, { bubbles: true, composed: true });
  }
}

export class VideoCloseEvent extends Event {
  static readonly type = 'fh-video-close';
  constructor() {
    super(VideoCloseEvent.type, { bubbles: true, composed: true });
  }
}

/** Fills each interval across the plot: the whole height, or a bar of `barPx` CSS pixels along the bottom. */
function band(u: uPlot, spans: readonly Interval[], fill: string, barPx?: number): void {
  const ctx = u.ctx;
  const { left, top: plotTop, width, height: plotHeight } = u.bbox;
  ctx.save();
  ctx.fillStyle = fill;
  for (const [a, b] of spans) {
    const x0 = Math.max(left, u.valToPos(a, 'x', true));
    const x1 = Math.min(left + width, u.valToPos(b, 'x', true));
    const h = barPx === undefined ? plotHeight : Math.min(plotHeight, barPx * devicePixelRatio);
    if (x1 > x0) ctx.fillRect(x0, plotTop + plotHeight - h, Math.max(2, x1 - x0), h);
  }
  ctx.restore();
}

@localized()
@customElement('fh-video-timeline')
export class VideoTimeline extends LitElement {
  static override styles = [
    sharedStyles,
    unsafeCSS(uplotCss),
    css`
      :host { display: block; padding: 1rem; max-width: 72rem; margin: 0 auto; }
      h2 { font-size: 1.6em; margin: 0.25rem 0 0.75rem; }
      .name { color: #b6c6d0; font-size: 0.9em; overflow-wrap: anywhere; margin: 0 0 1rem; }
      progress { appearance: none; width: 100%; height: 2.2rem; border: 2px solid #5b7585; border-radius: 10px; background: #22323d; overflow: hidden; }
      progress::-webkit-progress-bar { background: #22323d; }
      progress::-webkit-progress-value { background: #3ddc84; }
      progress::-moz-progress-bar { background: #3ddc84; }
      .count { font-size: 1.4em; margin: 0.75rem 0; }
      .totals { font-size: 1.35em; line-height: 1.5; margin: 0 0 1rem; }
      .totals strong { color: #ffd166; }
      .totals .good { color: #3ddc84; }
      .plot { width: 100%; min-height: ${CHART_HEIGHT}px; }
      .u-legend { display: none; }
      .key { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; font-size: 1.05em; margin: 0.75rem 0 1rem; padding: 0; list-style: none; }
      .key li { display: inline-flex; align-items: center; gap: 0.5em; }
      .swatch { display: inline-block; width: 1.6em; height: 1em; border-radius: 3px; }
      .swatch.good { background: rgba(61, 220, 132, 0.45); }
      .swatch.counted { background: #ffd166; height: 0.5em; }
      .swatch.right, .swatch.left, .swatch.both, .swatch.untold { height: 0.3em; }
      .swatch.untold { background: #b6c6d0; }
      .swatch.right { background: #7fd3ff; }
      .swatch.left { background: #ffb454; }
      .swatch.both { background: #3ddc84; }
      .actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
      .actions button, .open { box-sizing: border-box; display: inline-flex; align-items: center; font-size: 1.15em; min-height: 3.2rem; padding: 0 1.4em; line-height: 1.2; }
      .open { position: relative; border-radius: 10px; border: 2px solid #5b7585; background: #22323d; cursor: pointer; }
      .open:focus-within { outline: 3px solid #ffd166; outline-offset: 3px; }
      .open input { position: absolute; inset: 0; width: 1px; height: 1px; opacity: 0; }
      .speed { font-size: 0.9em; margin-top: 1.25rem; }
    `,
  ];

  @property({ attribute: false }) state: VideoStudyState = { kind: 'idle' };
  /** The stretch's name, and its key angle's ("hip angle"). */
  @property() stretchName = '';
  @property() angleLabel = '';

  private plot: uPlot | undefined;
  private resize: ResizeObserver | undefined;
  private drawn: Timeline | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropPlot();
  }

  private dropPlot(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.plot?.destroy();
    this.plot = undefined;
    this.drawn = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.state.kind !== 'done') this.dropPlot();
    else if (this.state.timeline !== this.drawn) this.draw(this.state.timeline);
  }

  private draw(t: Timeline): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!box) return;
    this.dropPlot();
    this.drawn = t;
    const axis = { stroke: '#b6c6d0', grid: { stroke: '#2c3f4b', width: 1 }, ticks: { stroke: '#2c3f4b', width: 1 }, font: '14px system-ui, sans-serif' };
    const line = (label: string, stroke: string): uPlot.Series => ({ label, stroke, width: 3, spanGaps: false, points: { show: false } });
    const series: uPlot.Series[] = [{}];
    const data: (number | null)[][] = [[...t.x]];
    const names: Record<TimelineLine, string> = { right: msg('Right leg'), left: msg('Left leg'), untold: msg('Leg not yet told'), both: msg('Both legs') };
    for (const l of timelineLines(t)) {
      series.push(line(names[l], COLOURS[l]));
      data.push([...t.angles[l]]);
    }
    const width = Math.max(280, Math.floor(box.getBoundingClientRect().width) || 600);
    const opts: uPlot.Options = {
      width,
      height: chartHeight(),
      series,
      scales: { x: { time: false, range: (_u, min, max) => [Math.min(0, min), Math.max(max, min + 1)] as [number, number] } },
      axes: [
        { ...axis, label: msg('seconds into the video'), labelSize: 24, labelFont: '15px system-ui, sans-serif', values: (_u, vals) => vals.map((v) => `${v}`) },
        { ...axis, label: msg(str`${this.angleLabel} (degrees)`), labelSize: 24, labelFont: '15px system-ui, sans-serif', values: (_u, vals) => vals.map((v) => `${v}°`) },
      ],
      cursor: { drag: { x: false, y: false } },
      legend: { show: false },
      hooks: {
        // Good form shaded over the whole height, under the lines; the counted hold as a gold bar along the bottom.
        drawClear: [(u) => band(u, t.goodForm, COLOURS.good)],
        draw: [(u) => band(u, t.counted, COLOURS.counted, 14)],
      },
    };
    this.plot = new uPlot(opts, data as uPlot.AlignedData, box);
    let lastWidth = width;
    let lastHeight = chartHeight();
    this.resize = new ResizeObserver(() => {
      const w = Math.max(280, Math.floor(box.getBoundingClientRect().width));
      const h = chartHeight();
      if ((Math.abs(w - lastWidth) > 4 || h !== lastHeight) && this.plot) {
        lastWidth = w;
        lastHeight = h;
        this.plot.setSize({ width: w, height: h });
      }
    });
    this.resize.observe(box);
  }

  private renderWorking(s: Extract<VideoStudyState, { kind: 'working' }>) {
    const ready = s.total > 0;
    return html`<h2>${msg('Checking your video')}</h2>
      <p class="name">${s.name}</p>
      <progress data-testid="video-progress" max=${ready ? s.total : 1} .value=${ready ? s.done : 0} aria-label=${msg('Progress through the video')}></progress>
      <p class="count" data-testid="video-progress-words" data-done=${s.done} data-total=${s.total}>${ready ? msg(str`Picture ${s.done} of ${s.total}`) : msg('Getting ready…')}</p>
      <p class="muted">${msg('The video is checked picture by picture, as fast as this computer can. It stays on this computer.')}</p>
      <div class="actions"><button data-testid="video-cancel" @click=${() => this.dispatchEvent(new VideoCancelEvent())}>${msg('Cancel')}</button></div>`;
  }

  private renderDone(s: Extract<VideoStudyState, { kind: 'done' }>) {
    const t = s.timeline;
    const counted = seconds(t.countedS);
    const good = seconds(t.goodFormS);
    const length = seconds(t.durationS);
    const words = msg(str`The hold counted ${counted} seconds. Your form was good for ${good} of the video's ${length} seconds.`);
    return html`<h2 tabindex="-1" id="timeline-heading">${msg(str`Your video: ${this.stretchName}`)}</h2>
      <p class="name">${s.name}</p>
      <p class="totals" data-testid="video-totals" data-counted-s=${t.countedS.toFixed(2)} data-good-s=${t.goodFormS.toFixed(2)}>
        ${msg(html`The hold counted <strong>${counted} seconds</strong>.`)}
        ${msg(html`Your form was good for <span class="good">${good} seconds</span> of the video's ${length} seconds.`)}
      </p>
      <div class="plot" role="img" aria-label=${words} data-testid="video-chart"></div>
      <ul class="key">
        <li><span class="swatch good"></span>${msg('Green: good form')}</li>
        <li><span class="swatch counted"></span>${msg('Gold: the hold was counted')}</li>
        ${timelineLines(t).map((l) => html`<li><span class="swatch ${l}"></span>${this.keyWords(l)}</li>`)}
      </ul>
      <div class="actions">${this.renderOpen()}<button class="primary" data-testid="video-close" @click=${() => this.dispatchEvent(new VideoCloseEvent())}>${msg('Done')}</button></div>
      <p class="muted speed" data-testid="video-speed">${msg(str`${s.study.framesAnalysed} pictures checked at ${Math.round(s.study.framesPerSecond)} per second.`)}</p>`;
  }

  /** What a line of the chart shows, for its key ("Left leg: hip angle"). */
  private keyWords(l: TimelineLine): string {
    switch (l) {
      case 'right':
        return msg(str`Right leg: ${this.angleLabel}`);
      case 'left':
        return msg(str`Left leg: ${this.angleLabel}`);
      case 'untold':
        return msg(str`Grey: ${this.angleLabel}, before the app could tell which leg`);
      case 'both':
        return msg(str`Line: ${this.angleLabel}`);
    }
  }

  private renderOpen() {
    return html`<label class="open">${msg('Open another video')}
      <input type="file" accept="video/*" data-testid="video-open" @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) this.dispatchEvent(new FileChosenEvent(file));
        input.value = '';
      }} /></label>`;
  }

  override render() {
    const s = this.state;
    switch (s.kind) {
      case 'idle':
        return nothing;
      case 'working':
        return this.renderWorking(s);
      case 'done':
        return this.renderDone(s);
      case 'failed':
        return html`<h2>${msg('This video could not be checked')}</h2>
          <p class="name">${s.name}</p>
          <fh-error-panel .error=${s.error}></fh-error-panel>
          <div class="actions">${this.renderOpen()}<button data-testid="video-close" @click=${() => this.dispatchEvent(new VideoCloseEvent())}>${msg('Close')}</button></div>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-video-timeline': VideoTimeline;
  }
}
