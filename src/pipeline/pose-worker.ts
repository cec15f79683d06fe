/// <reference lib="webworker" />
/**
 * The pose worker: inference off the main thread, so the page stays responsive while a frame is
 * estimated. Messages are handled one at a time (see SerialInbox): a model load never interleaves
 * with another load or an estimate, and a load or frame made pointless by a newer queued load is
 * answered "superseded" without being done.
 */
import { Detector } from './detector';
import { asPipelineError, type PipelineError } from './errors';
import { SerialInbox } from './serial-inbox';
import type { FromWorker, ToWorker } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const detector = new Detector((backend, reason) => post({ type: 'backend-changed', backend, reason }));

/** The error as the page should see it: a failure on a frame names the engine it happened on. */
function withBackend(error: PipelineError): PipelineError {
  const backend = detector.currentBackend;
  return error.kind === 'inference-failed' && !error.backend && backend ? { ...error, backend } : error;
}

async function handle(msg: ToWorker): Promise<void> {
  try {
    switch (msg.type) {
      case 'init': {
        const info = await detector.init(msg.model, msg.backend, msg.modelBaseUrl, msg.wasmUrls, msg.threads, (loadedBytes) => post({ type: 'progress', id: msg.id, loadedBytes }));
        post({ type: 'ready', id: msg.id, backend: info.backend, accelerated: info.accelerated, model: info.model, notes: info.notes, threads: info.threads });
        break;
      }
      case 'estimate': {
        const started = performance.now();
        const result = await detector.estimate(msg.frame, msg.tMs, msg.rotation, msg.source);
        post({ type: 'poses', id: msg.id, ...result, inferenceMs: performance.now() - started });
        break;
      }
      case 'reset':
        detector.reset();
        post({ type: 'done', id: msg.id });
        break;
      case 'memory':
        post({ type: 'memory', id: msg.id, memory: detector.memory() });
        break;
      case 'lose-gpu-context':
        detector.loseGpuContext();
        post({ type: 'done', id: msg.id });
        break;
    }
  } catch (e) {
    if (msg.type === 'estimate') msg.frame.close();
    post({ type: 'error', id: msg.id, error: withBackend(asPipelineError(e)) });
  }
}

const inbox = new SerialInbox<ToWorker>(
  handle,
  // A newer load replaces the model: an older load, or a frame for the old model, is wasted work.
  (later, earlier) => later.type === 'init' && (earlier.type === 'init' || earlier.type === 'estimate'),
  (skipped) => {
    if (skipped.type === 'estimate') skipped.frame.close();
    post({ type: 'superseded', id: skipped.id });
  },
);

self.onmessage = (event: MessageEvent<ToWorker>) => inbox.push(event.data);
