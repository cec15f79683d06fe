/**
 * Owns the study of one video file (src/pipeline/video-analysis.ts) for its host: its state for
 * the screen (reading, frames done of all, the timeline, or what went wrong), Cancel, and the rule
 * that the latest request wins: opening another file, Cancel, closing, or the host leaving the page
 * aborts the study under way (its worker is ended at once). A file that cannot be decoded this way
 * is handed back through `onCannotStudy`, so the caller plays it instead: nothing is lost.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildTimeline, type Timeline } from '../../core/analysis/video-timeline';
import type { Side } from '../../core/pose/pose';
import type { StretchDefinition } from '../../core/stretches/types';
import type { BackendRequest } from '../../pipeline/backend-choice';
import { asPipelineError, type PipelineError } from '../../pipeline/errors';
import type { ModelId } from '../../pipeline/models';
import { CannotDecode } from '../../pipeline/mp4-frames';
import { StudyCancelled, studyVideo, type VideoStudy } from '../../pipeline/video-analysis';
import type { ThreadsRequest } from '../../pipeline/wasm-threads';

export type VideoStudyState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly name: string; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly name: string; readonly timeline: Timeline; readonly study: VideoStudy }
  | { readonly kind: 'failed'; readonly name: string; readonly error: PipelineError };

export interface VideoStudyOptions {
  readonly modelBaseUrl: string;
  readonly threads?: ThreadsRequest;
  /** WebCodecs or mp4box cannot read this file (or it is too large to read whole): play it instead. */
  readonly onCannotStudy: (file: File, why: string) => void;
  /** The file can be studied: the study is about to use the machine (the live source should rest). */
  readonly onStudyStarts?: () => void;
}

export interface StudyRequest {
  readonly stretch: StretchDefinition;
  readonly side?: Side;
  readonly autoTurn: boolean;
  readonly model: ModelId;
  readonly backend: BackendRequest;
}

/** Progress is drawn at most this often (ms): a re-render per frame would cost the study time. */
const PROGRESS_EVERY_MS = 150;

export class VideoStudyController implements ReactiveController {
  state: VideoStudyState = { kind: 'idle' };
  /** Studies started and ended, in order, for tests: 'done', 'cancelled', 'played', 'failed'. */
  readonly outcomes: string[] = [];
  private current: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VideoStudyOptions,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.state.kind !== 'idle';
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Starts studying `file`, ending any study before it. */
  async start(file: File, request: StudyRequest): Promise<void> {
    this.current?.abort();
    const abort = new AbortController();
    this.current = abort;
    let lastDrawn = 0;
    try {
      const study = await studyVideo({
        file,
        ...request,
        modelBaseUrl: this.options.modelBaseUrl,
        ...(this.options.threads !== undefined ? { threads: this.options.threads } : {}),
        signal: abort.signal,
        onOpened: () => {
          if (abort.signal.aborted) return;
          // Only now does the screen change: a file refused before this leaves the stage (and its
          // camera, which pauses when its video leaves the page) as it was.
          this.options.onStudyStarts?.();
          this.set({ kind: 'working', name: file.name, done: 0, total: 0 });
        },
        onProgress: (done, total) => {
          const now = performance.now();
          if (abort.signal.aborted || (done > 0 && done < total && now - lastDrawn < PROGRESS_EVERY_MS)) return;
          lastDrawn = now;
          this.set({ kind: 'working', name: file.name, done, total });
        },
      });
      if (abort.signal.aborted) return;
      const timeline = buildTimeline(study.samples, request.stretch.workingLeg !== undefined);
      this.outcomes.push('done');
      this.set({ kind: 'done', name: file.name, timeline, study });
    } catch (e) {
      if (e instanceof StudyCancelled || abort.signal.aborted) {
        this.outcomes.push('cancelled');
        return;
      }
      if (e instanceof CannotDecode) {
        this.outcomes.push('played');
        if (this.state.kind !== 'idle') this.set({ kind: 'idle' }); // a timeline shown before gives way to the played video
        this.options.onCannotStudy(file, e.message);
        return;
      }
      this.outcomes.push('failed');
      this.set({ kind: 'failed', name: file.name, error: asPipelineError(e) });
    } finally {
      if (this.current === abort) this.current = undefined;
    }
  }

  /** Cancel stops the study under way; the screen goes back to where the person was. */
  cancel(): void {
    this.close();
  }

  /** Ends any study and leaves the timeline. */
  close(): void {
    this.current?.abort();
    this.current = undefined;
    if (this.state.kind !== 'idle') this.set({ kind: 'idle' });
  }

  private set(state: VideoStudyState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
