/// <reference lib="webworker" />
/** The pose worker: inference off the main thread, so the page stays responsive while a frame is estimated. */
import { Detector } from './detector';
import { asPipelineError } from './errors';
import type { FromWorker, ToWorker } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const detector = new Detector((backend, reason) => post({ type: 'backend-changed', backend, reason }));


self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  try {
    switch (msg.type) {
      case 'init': {
        const info = await detector.init(msg.model, msg.backend, msg.modelBaseUrl, msg.wasmUrls);
        post({ type: 'ready', id: msg.id, backend: info.backend, accelerated: info.accelerated, model: info.model, notes: info.notes });
        break;
      }
      case 'estimate': {
        const started = performance.now();
        const result = await detector.estimate(msg.frame, msg.tMs, msg.rotation);
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
    post({ type: 'error', id: msg.id, error: asPipelineError(e) });
  }
};
