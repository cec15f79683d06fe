/** Page object for FormHold: stable test ids and the app's read-only debug view. */
import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Marks the first-run screen as read for every page this page or context opens from now on (pages
 * opened with page.goto, new pages, new contexts), as for a returning person at home.
 */
export async function markFirstRunSeen(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    try {
      localStorage.setItem('formhold.first-run.v1', 'seen');
    } catch {
      /* storage blocked: the test that blocks it passes the screen itself */
    }
  });
}


export interface ReportSummary {
  posture: string;
  view: string;
  cue: string;
  inForm: boolean | null;
  people: number;
  angles: Record<string, number | null>;
  scores: Record<string, number>;
}

export class AppPage {
  constructor(readonly page: Page) {}

  private firstRunMarked = false;

  /**
   * Opens the app. The first-run screen (shown once at home) is marked as read, as for a returning
   * person, unless `firstRun` asks to see it; a kiosk shows it every time (see passFirstRun).
   */
  async open(query = '', { firstRun = false }: { firstRun?: boolean } = {}): Promise<void> {
    if (!firstRun && !this.firstRunMarked) {
      this.firstRunMarked = true;
      await markFirstRunSeen(this.page);
    }
    await this.page.goto(`/${query}`);
    await this.page.waitForFunction(() => !!document.querySelector('fh-app')?.debug);
  }

  /** At home the set-up screen waits for Ready; after it, coaching begins once the person is in view. */
  async pressReady(): Promise<void> {
    await this.page.getByTestId('ready').click();
    await expect(this.page.getByTestId('ready')).toHaveCount(0);
  }

  /**
   * At home, presses Ready on the set-up screen of every step (a routine or a stretch with
   * variations has several) until the summary shows.
   */
  async pressReadyUntilSummary(timeout = 90_000): Promise<void> {
    const ready = this.page.getByTestId('ready');
    const summary = this.page.getByTestId('summary');
    const deadline = Date.now() + timeout;
    for (;;) {
      await expect(ready.or(summary).first()).toBeVisible({ timeout: Math.max(1, deadline - Date.now()) });
      if (await summary.isVisible()) return;
      await this.pressReady();
    }
  }

  /** Reads past the first-run screen (every time on a kiosk). */
  async passFirstRun(): Promise<void> {
    await this.page.getByTestId('first-run-ok').click();
    await expect(this.page.getByTestId('first-run')).toHaveCount(0);
  }

  /** Waits until the analysis has received `n` frames. */
  async waitForFrames(n: number, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction((k) => (document.querySelector('fh-app')?.debug.pipeline.framesDelivered ?? 0) >= k, n, { timeout });
  }

  /** The camera goes away mid-session: its track stops and, as an unplugged camera's does, says it ended. */
  unplugCamera(): Promise<void> {
    return this.page.evaluate(() => {
      const video = document.querySelector('fh-app')!.debug.pipeline.media as HTMLVideoElement;
      const track = (video.srcObject as MediaStream).getVideoTracks()[0]!;
      track.stop();
      track.dispatchEvent(new Event('ended'));
    });
  }

  framesDelivered(): Promise<number> {
    return this.page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.framesDelivered);
  }

  report(): Promise<ReportSummary | null> {
    return this.page.evaluate(() => {
      const { session, cueWords } = document.querySelector('fh-app')!.debug;
      const r = session.report;
      if (!r) return null;
      const scores: Record<string, number> = {};
      for (const [k, v] of Object.entries(r.pose?.keypoints ?? {})) scores[k] = v.score;
      return { posture: r.posture, view: r.view, cue: cueWords(r.cue.code), inForm: r.inForm, people: r.people, angles: { ...r.angles }, scores };
    });
  }

  tensors(): Promise<number> {
    return this.page.evaluate(async () => (await document.querySelector('fh-app')!.debug.pipeline.memory())!.numTensors);
  }

  async expectError(kind: string): Promise<void> {
    await expect(this.page.getByTestId('error')).toHaveAttribute('data-kind', kind);
  }

  /** Non-transparent pixels on the overlay canvas: proof something was drawn. */
  overlayInk(): Promise<number> {
    return this.page.evaluate(() => {
      const canvas = document.querySelector('fh-app')!.shadowRoot!.querySelector('fh-stage')!.shadowRoot!.querySelector('fh-pose-overlay')!.shadowRoot!.querySelector('canvas')!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
      return ink;
    });
  }

  /** Opens the "Camera, file and model" section so its controls can be used. */
  async openSourceControls(): Promise<void> {
    const details = this.page.getByTestId('source-controls');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  }

  /** The coaching state as a person and a screen reader see it, plus the clip time. */
  progress(): Promise<{ clipS: number; valueNow: number; valueMax: number; countedS: number; status: string; repsDone: number; screen: string; cue: string }> {
    return this.page.evaluate(() => {
      const app = document.querySelector('fh-app')!;
      const { session, pipeline } = app.debug;
      const panel = app.shadowRoot!.querySelector('fh-coach-panel');
      const bar = panel?.shadowRoot?.querySelector('fh-hold-meter')?.shadowRoot?.querySelector('[role=progressbar]');
      const cue = panel?.shadowRoot?.querySelector('[data-testid=cue]')?.textContent?.trim() ?? '';
      return {
        clipS: (pipeline.media as HTMLVideoElement | undefined)?.currentTime ?? 0,
        valueNow: Number(bar?.getAttribute('aria-valuenow') ?? -1),
        valueMax: Number(bar?.getAttribute('aria-valuemax') ?? -1),
        countedS: (session.hold?.countedMs ?? 0) / 1000,
        status: session.hold?.status ?? '',
        repsDone: session.hold?.repsDone ?? 0,
        screen: session.screen,
        cue,
      };
    });
  }

  /** Samples progress every `everyMs` until `until` is true or `timeoutMs` passes. */
  async sample(until: (p: Awaited<ReturnType<AppPage['progress']>>) => boolean, timeoutMs: number, everyMs = 200) {
    const samples: Awaited<ReturnType<AppPage['progress']>>[] = [];
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const p = await this.progress();
      samples.push(p);
      if (until(p)) break;
      await this.page.waitForTimeout(everyMs);
    }
    return samples;
  }

  async backendLabel(): Promise<string> {
    return (await this.page.getByTestId('backend').textContent())?.trim() ?? '';
  }
}

/** Best score of a joint over the two sides. */
export const bestScore = (scores: Record<string, number>, joint: 'hip' | 'knee' | 'ankle') =>
  Math.max(scores[`left_${joint}`] ?? 0, scores[`right_${joint}`] ?? 0);
