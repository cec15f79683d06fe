/** Every failure the pipeline can meet, as data the UI renders. No tfjs, no DOM. */

export type PipelineError =
  | { readonly kind: 'camera-denied' }
  | { readonly kind: 'camera-not-found' }
  | { readonly kind: 'camera-in-use' }
  | { readonly kind: 'camera-ended' }
  | { readonly kind: 'camera-unsupported' }
  | { readonly kind: 'model-missing'; readonly url: string }
  | { readonly kind: 'model-corrupt'; readonly url: string; readonly detail: string }
  | { readonly kind: 'backend-failed'; readonly backend: string; readonly detail: string }
  | { readonly kind: 'file-unsupported'; readonly name: string; readonly type: string }
  | { readonly kind: 'file-unreadable'; readonly name: string }
  | { readonly kind: 'inference-failed'; readonly detail: string };

/** What the person can do about an error; the UI offers these as buttons. */
export type Recovery = 'retry' | 'choose-camera' | 'open-file' | 'use-wasm' | 'use-camera';

export interface ErrorView {
  readonly title: string;
  readonly body: string;
  readonly actions: readonly Recovery[];
}

export function describeError(e: PipelineError): ErrorView {
  switch (e.kind) {
    case 'camera-denied':
      return {
        title: 'Camera access was not allowed',
        body: 'FormHold needs the camera to watch your stretch. Nothing leaves this device. Allow the camera in your browser’s site settings and try again, or open a photo or video instead.',
        actions: ['retry', 'open-file'],
      };
    case 'camera-not-found':
      return { title: 'No camera found', body: 'Connect a camera and try again, or open a photo or video of your stretch.', actions: ['retry', 'open-file'] };
    case 'camera-in-use':
      return {
        title: 'The camera is busy',
        body: 'Another app or browser tab is using the camera. Close it and try again, or choose another camera.',
        actions: ['retry', 'choose-camera', 'open-file'],
      };
    case 'camera-ended':
      return { title: 'The camera stopped', body: 'The camera was unplugged or switched off. Your progress so far is kept. Reconnect it and carry on.', actions: ['retry', 'choose-camera', 'open-file'] };
    case 'camera-unsupported':
      return { title: 'This browser cannot use the camera here', body: 'Camera access needs a recent browser and a secure page (https or localhost). You can still open a photo or video.', actions: ['open-file'] };
    case 'model-missing':
      return {
        title: 'The pose model is missing',
        body: `The model file ${e.url} was not found on this server. Run \`npm run models\` (or reinstall) to restore it, then retry.`,
        actions: ['retry'],
      };
    case 'model-corrupt':
      return { title: 'The pose model is damaged', body: `The model file ${e.url} could not be read (${e.detail}). Run \`npm run models\` to restore it, then retry.`, actions: ['retry'] };
    case 'backend-failed':
      return { title: 'Could not start the pose engine', body: `The ${e.backend} engine failed to start (${e.detail}). The WebAssembly engine works on every device.`, actions: ['use-wasm', 'retry'] };
    case 'file-unsupported':
      return { title: 'That file is not a photo or video', body: `“${e.name}” (${e.type || 'unknown type'}) cannot be opened. Choose a photo (JPEG, PNG) or a video (MP4, WebM).`, actions: ['open-file', 'use-camera'] };
    case 'file-unreadable':
      return { title: 'That file could not be opened', body: `“${e.name}” looks like a photo or video but the browser could not decode it. Try another file.`, actions: ['open-file', 'use-camera'] };
    case 'inference-failed':
      return { title: 'Pose tracking stopped', body: `The pose model failed on a frame (${e.detail}).`, actions: ['retry', 'use-wasm'] };
  }
}

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

export const asPipelineError = (e: unknown): PipelineError =>
  e instanceof PipelineFailure ? e.error : { kind: 'inference-failed', detail: e instanceof Error ? e.message : String(e) };
