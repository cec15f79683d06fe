/**
 * The key angle of one stretch per day, per side, with the left/right difference: a uPlot chart
 * (small, fast, canvas-drawn, well kept; its styles are set through the CSSOM and its stylesheet is
 * adopted into the shadow root, so the strict CSP holds).
 */
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import type { DayPoint } from '../core/history/progress';
import { formatLocale } from '../app/locale';

const COLOURS = { right: '#7fd3ff', left: '#ffb454', both: '#3ddc84', difference: '#d0a8ff' };

const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 365].map((d) => d * 86_400);
const DEGREE_STEPS = [1, 2, 5, 10, 15, 20, 30, 45];

/** Local noon of a day, in seconds (uPlot's time unit): the point sits in the middle of its day. */
const daySeconds = (day: string) => new Date(`${day}T12:00:00`).getTime() / 1000;

@localized()
@customElement('fh-history-chart')
export class HistoryChart extends LitElement {
  static override styles = [
    unsafeCSS(uplotCss),
    css`
      :host { display: block; color: #f2f5f7; }
      .plot { width: 100%; min-height: 220px; }
      .u-legend { font-size: 0.9em; color: #f2f5f7; }
      .u-legend .u-marker { border-radius: 3px; }
      :host([print]) { color: #111; }
      :host([print]) .u-legend { color: #111; }
    `,
  ];

  /** One point per day. */
  @property({ attribute: false }) points: readonly DayPoint[] = [];
  /** Whether the stretch works one leg at a time (right, left and their difference) or both at once. */
  @property({ type: Boolean }) sided = true;
  /** "leg raise", "hip angle"... */
  @property() label = '';
  /** Whether the chart is for printing (dark lines on white). */
  @property({ type: Boolean, reflect: true }) print = false;

  private plot: uPlot | undefined;
  private resize: ResizeObserver | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = undefined;
    this.plot?.destroy();
    this.plot = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.draw();
  }

  private draw(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!box) return;
    this.plot?.destroy();
    const p = this.points;
    const lang = formatLocale();
    const x = p.map((d) => daySeconds(d.day));
    const ink = this.print ? '#222' : '#b6c6d0';
    const grid = this.print ? '#ccc' : '#2c3f4b';
    const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const line = (label: string, stroke: string, extra: Partial<uPlot.Series> = {}): uPlot.Series => ({ label, stroke, width: 3, points: { show: true, size: 8, fill: stroke }, spanGaps: true, value: (_u, v) => (v === null ? '—' : `${Math.round(v)}°`), ...extra });
    const series: uPlot.Series[] = [{ value: (_u, v) => (v === null ? '' : new Date(v * 1000).toLocaleDateString(lang)) }];
    const data: (number | null)[][] = [x];
    if (this.sided) {
      series.push(line(msg('Right leg'), this.print ? '#1565c0' : COLOURS.right), line(msg('Left leg'), this.print ? '#e65100' : COLOURS.left), line(msg('Left − right'), this.print ? '#6a1b9a' : COLOURS.difference, { scale: 'diff', dash: [6, 4], width: 2 }));
      data.push(p.map((d) => d.right), p.map((d) => d.left), p.map((d) => d.difference));
    } else {
      series.push(line(msg('Both legs'), this.print ? '#2e7d32' : COLOURS.both));
      data.push(p.map((d) => d.both));
    }
    const width = Math.max(280, Math.floor(box.getBoundingClientRect().width) || 600);
    const opts: uPlot.Options = {
      width,
      height: 220,
      series,
      scales: { x: { time: true, range: (_u, min, max) => (min === max ? [min - 86_400 * 3, max + 86_400 * 3] : [min - 43_200, max + 43_200]) }, ...(this.sided ? { diff: { range: (_u, min, max) => [Math.min(-10, min - 2), Math.max(10, max + 2)] as [number, number] } } : {}) },
      axes: [
        // Whole days on the time axis (never hours: a point is a day), whole degrees on the others.
        { ...axis, space: 70, incrs: DAY_STEPS, values: (_u, vals) => vals.map((v) => new Date(v * 1000).toLocaleDateString(lang, { day: 'numeric', month: 'short' })) },
        { ...axis, label: msg(str`${this.label} (°)`), labelSize: 20, incrs: DEGREE_STEPS, values: (_u, vals) => vals.map((v) => `${v}°`) },
        ...(this.sided ? [{ ...axis, scale: 'diff', side: 1, grid: { show: false }, label: msg('left − right (°)'), labelSize: 20, incrs: DEGREE_STEPS, values: (_u: uPlot, vals: number[]) => vals.map((v) => `${v}°`) }] : []),
      ],
      cursor: { drag: { x: false, y: false } },
      legend: { live: false },
    };
    this.plot = new uPlot(opts, data as uPlot.AlignedData, box);
    if (!this.resize) {
      let lastWidth = width;
      this.resize = new ResizeObserver(() => {
        const w = Math.max(280, Math.floor(box.getBoundingClientRect().width));
        if (Math.abs(w - lastWidth) > 4 && this.plot) {
          lastWidth = w;
          this.plot.setSize({ width: w, height: 220 });
        }
      });
      this.resize.observe(box);
    }
  }

  override render() {
    const last = this.points.at(-1);
    const label = this.label;
    const n = this.points.length;
    const deg = (v: number | null) => (v === null ? '—' : `${v}°`);
    let words = msg('No angles measured yet.');
    if (last && this.sided) {
      const right = deg(last.right);
      const left = deg(last.left);
      words = n === 1 ? msg(str`Best ${label} per day over ${n} day; latest: right ${right}, left ${left}.`) : msg(str`Best ${label} per day over ${n} days; latest: right ${right}, left ${left}.`);
    } else if (last) {
      const both = deg(last.both);
      words = n === 1 ? msg(str`Best ${label} per day over ${n} day; latest ${both}.`) : msg(str`Best ${label} per day over ${n} days; latest ${both}.`);
    }
    return html`<div class="plot" role="img" aria-label=${words} data-testid="chart"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-history-chart': HistoryChart;
  }
}
