/**
 * Every failure the pipeline can meet, as data the UI renders. No tfjs, no DOM.
 * What the screen says is for the person in front of it (a patient, kiosk staff): what happened
 * and what they can do. What a developer needs (URLs, HTTP codes, exception text, `npm run
 * models`) goes to the console once, in English, where the error is raised (`failure`, `asPipelineError`).
 */
import { msg, str } from '@lit/localize';
import type { BackendName } from './backend-choice';

export type PipelineError =
  | { readonly kind: 'camera-denied' }
  | { readonly kind: 'camera-not-found' }
  | { readonly kind: 'camera-in-use' }
  | { readonly kind: 'camera-ended' }
  | { readonly kind: 'camera-unsupported' }
  | { readonly kind: 'model-missing'; readonly url: string }
  | { readonly kind: 'model-corrupt'; readonly url: string; readonly detail: string }
  /** The model download stopped making progress (see MODEL_STALL_MS). */
  | { readonly kind: 'model-stalled' }
  /** `backend` is the engine that was asked for ("auto" tries every engine, wasm included). */
  | { readonly kind: 'backend-failed'; readonly backend: string; readonly detail: string }
  | { readonly kind: 'file-unsupported'; readonly name: string; readonly type: string }
  | { readonly kind: 'file-unreadable'; readonly name: string }
  /** A media file with sound and no picture (an audio-only mp4). */
  | { readonly kind: 'file-no-video'; readonly name: string }
  /** A video that stopped part-way with a decoding or network error. */
  | { readonly kind: 'video-failed'; readonly name: string }
  /** A video that reached its end and stopped (it normally loops). */
  | { readonly kind: 'video-ended'; readonly name: string }
  /** `backend` is the engine the failure happened on, where known. */
  | { readonly kind: 'inference-failed'; readonly detail: string; readonly backend?: BackendName };

export type PipelineErrorKind = PipelineError['kind'];

/** What the person can do about an error; the UI offers these as buttons. */
export type Recovery = 'retry' | 'choose-camera' | 'open-file' | 'use-wasm' | 'use-camera';

export interface ErrorView {
  readonly title: string;
  readonly body: string;
  readonly actions: readonly Recovery[];
}

/** Read when an error is described (not at import), so the words follow the language on screen. */
const askStaff = (): string => msg('If this keeps happening, ask a member of staff for help.');

export function describeError(e: PipelineError): ErrorView {
  switch (e.kind) {
    case 'camera-denied':
      return {
        title: msg('Camera access was not allowed'),
        body: msg('FormHold needs the camera to watch your stretch. The picture stays on this device. Allow the camera for this page in the browser’s settings (often the camera symbol next to the address), then press Try again. Or open a photo or video instead.'),
        actions: ['retry', 'open-file'],
      };
    case 'camera-not-found':
      return { title: msg('No camera found'), body: msg('Check that the camera is plugged in and switched on, then press Try again. Or open a photo or video of your stretch.'), actions: ['retry', 'open-file'] };
    case 'camera-in-use':
      return {
        title: msg('The camera is busy'),
        body: msg('Another program or browser tab is using the camera. Close it, then press Try again, or choose another camera.'),
        actions: ['retry', 'choose-camera', 'open-file'],
      };
    case 'camera-ended':
      return { title: msg('The camera stopped'), body: msg('The camera was unplugged or switched off. What you have done so far is kept. Plug the camera back in, then press Try again.'), actions: ['retry', 'choose-camera', 'open-file'] };
    case 'camera-unsupported':
      return {
        title: msg('This browser cannot use the camera here'),
        body: `${msg('Try an up-to-date Chrome, Edge, Firefox or Safari. You can still open a photo or video.')} ${askStaff()}`,
        actions: ['open-file'],
      };
    case 'model-missing':
      return {
        title: msg('Part of FormHold could not be loaded'),
        body: `${msg('The part of FormHold that recognises your body could not be found. Press Try again, or reload the page.')} ${askStaff()}`,
        actions: ['retry'],
      };
    case 'model-corrupt':
      return {
        title: msg('Part of FormHold arrived damaged'),
        body: `${msg('The part of FormHold that recognises your body did not arrive complete. Check the internet connection and press Try again, or reload the page.')} ${askStaff()}`,
        actions: ['retry'],
      };
    case 'model-stalled':
      return {
        title: msg('Loading is taking too long'),
        body: `${msg('The part of FormHold that recognises your body has stopped downloading. Check the internet connection, then press Try again.')} ${askStaff()}`,
        actions: ['retry'],
      };
    case 'backend-failed':
      // "auto" and "wasm" already tried the WebAssembly engine: offering it again cannot help.
      return offersWasm(e.backend)
        ? {
            title: msg('Could not start the pose engine'),
            body: msg('This device’s graphics could not run FormHold. Press “Use the WebAssembly engine”: it is a little slower and works on every device.'),
            actions: ['use-wasm', 'retry'],
          }
        : { title: msg('Could not start the pose engine'), body: `${msg('FormHold could not start in this browser. Reload the page, or try another browser such as an up-to-date Chrome, Edge or Firefox.')} ${askStaff()}`, actions: ['retry'] };
    case 'file-unsupported':
      return { title: msg('That file is not a photo or video'), body: msg(str`“${e.name}” cannot be opened. Choose a photo (JPEG or PNG) or a video (MP4 or WebM).`), actions: ['open-file', 'use-camera'] };
    case 'file-unreadable':
      return { title: msg('That file could not be opened'), body: msg(str`“${e.name}” could not be played on this device; it may be damaged. Try another file.`), actions: ['open-file', 'use-camera'] };
    case 'file-no-video':
      return { title: msg('That video has no picture'), body: msg(str`“${e.name}” has sound but no picture. Choose a video that shows you doing the stretch.`), actions: ['open-file', 'use-camera'] };
    case 'video-failed':
      return { title: msg('The video stopped playing'), body: msg(str`“${e.name}” could not be played to the end; it may be damaged or incomplete. Open it again, choose another file, or use the camera.`), actions: ['open-file', 'use-camera'] };
    case 'video-ended':
      return { title: msg('The video has finished'), body: msg(str`“${e.name}” has played to the end. Open another video or use the camera to carry on.`), actions: ['open-file', 'use-camera'] };
    case 'inference-failed':
      return e.backend === 'wasm' || e.backend === undefined
        ? { title: msg('Pose tracking stopped'), body: `${msg('Something went wrong while following your movements. Press Try again, or reload the page.')} ${askStaff()}`, actions: ['retry'] }
        : {
            title: msg('Pose tracking stopped'),
            body: msg('Something went wrong while following your movements. Press Try again. If it happens again, press “Use the WebAssembly engine”: it is a little slower and works on every device.'),
            actions: ['retry', 'use-wasm'],
          };
  }
}

/** Whether switching to the WebAssembly engine is a way out: not if it was asked for, or already tried. */
const offersWasm = (requested: string): boolean => requested !== 'wasm' && requested !== 'auto';

/** Maps a getUserMedia rejection to a typed error. */
export function cameraError(error: unknown): PipelineError {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: string }).name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { kind: 'camera-denied' };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return { kind: 'camera-not-found' };
    case 'NotReadableError':
    case 'AbortError':
      return { kind: 'camera-in-use' };
    default:
      return { kind: 'camera-in-use' };
  }
}

/** An exception that carries a typed pipeline error across async boundaries. */
export class PipelineFailure extends Error {
  constructor(readonly error: PipelineError) {
    super(error.kind);
    this.name = 'PipelineFailure';
  }
}

/** Failures that come from the person's surroundings (camera, files) rather than from a fault. */
const PERSON_SIDE: ReadonlySet<PipelineErrorKind> = new Set(['camera-denied', 'camera-not-found', 'camera-in-use', 'camera-ended', 'camera-unsupported', 'file-unsupported', 'file-unreadable', 'file-no-video', 'video-failed', 'video-ended']);

/**
 * Raises a pipeline error: logs what a developer needs (the error and `detail`: a URL, a status,
 * the exception, what to run) to the console once, and returns the exception to throw.
 */
export function failure(error: PipelineError, ...detail: unknown[]): PipelineFailure {
  const log = PERSON_SIDE.has(error.kind) ? console.warn : console.error;
  log(`FormHold: ${error.kind}`, error, ...detail);
  return new PipelineFailure(error);
}

/** The typed error inside an exception; anything unexpected becomes "inference failed" and is logged here. */
export function asPipelineError(e: unknown): PipelineError {
  if (e instanceof PipelineFailure) return e.error;
  return failure({ kind: 'inference-failed', detail: e instanceof Error ? e.message : String(e) }, e).error;
}
