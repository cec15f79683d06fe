import { afterEach, describe, expect, it, vi } from 'vitest';
import { asPipelineError, describeError, failure, type PipelineError } from './errors';

const DETAIL = 'Size(4) must match the product of shape 3,7';
const URL_ = '/models/movenet-lightning.json';

/** One of every kind, with developer detail in every field that can carry it. */
const EVERY: readonly PipelineError[] = [
  { kind: 'camera-denied' },
  { kind: 'camera-not-found' },
  { kind: 'camera-in-use' },
  { kind: 'camera-ended' },
  { kind: 'camera-unsupported' },
  { kind: 'model-missing', url: URL_ },
  { kind: 'model-corrupt', url: URL_, detail: DETAIL },
  { kind: 'model-stalled' },
  { kind: 'backend-failed', backend: 'webgl', detail: DETAIL },
  { kind: 'backend-failed', backend: 'auto', detail: DETAIL },
  { kind: 'file-unsupported', name: 'notes.txt', type: 'text/plain' },
  { kind: 'file-unreadable', name: 'clip.mp4' },
  { kind: 'file-no-video', name: 'song.mp4' },
  { kind: 'video-failed', name: 'clip.mp4' },
  { kind: 'video-ended', name: 'clip.mp4' },
  { kind: 'inference-failed', detail: DETAIL, backend: 'wasm' },
  { kind: 'inference-failed', detail: DETAIL, backend: 'webgl' },
  { kind: 'inference-failed', detail: DETAIL },
];

describe('describeError', () => {
  // Issue 8: "Run `npm run models`" and raw exception text reached patients and kiosk staff.
  it.each(EVERY)('speaks to the person in front of the screen, not to a developer: %o', (e) => {
    const view = describeError(e);
    const text = `${view.title} ${view.body}`;
    for (const developerWord of ['npm', '`', 'http', URL_, DETAIL, 'text/plain', 'tfjs', 'undefined']) expect(text).not.toContain(developerWord);
    expect(view.actions.length).toBeGreaterThan(0);
  });

  it('says what to do about a model that did not load: try again, reload, the connection, staff', () => {
    for (const kind of ['model-missing', 'model-corrupt', 'model-stalled'] as const) {
      const e = EVERY.find((x) => x.kind === kind)!;
      const view = describeError(e);
      expect(view.actions).toContain('retry');
      expect(view.body).toMatch(/staff/);
    }
    expect(describeError({ kind: 'model-stalled' }).body).toMatch(/internet connection/);
  });

  // Issue 8: a damaged model on WebAssembly offered "Use the WebAssembly engine".
  it('never offers the WebAssembly engine to an app already on it, or after it was tried', () => {
    expect(describeError({ kind: 'inference-failed', detail: DETAIL, backend: 'wasm' }).actions).not.toContain('use-wasm');
    expect(describeError({ kind: 'backend-failed', backend: 'wasm', detail: DETAIL }).actions).not.toContain('use-wasm');
    expect(describeError({ kind: 'backend-failed', backend: 'auto', detail: DETAIL }).actions).not.toContain('use-wasm');
  });

  it('offers the WebAssembly engine where a graphics engine failed', () => {
    expect(describeError({ kind: 'inference-failed', detail: DETAIL, backend: 'webgl' }).actions).toContain('use-wasm');
    expect(describeError({ kind: 'backend-failed', backend: 'webgpu', detail: DETAIL }).actions).toContain('use-wasm');
  });
});

describe('failure and asPipelineError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the developer detail in the console, logged once where the error is raised', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = failure({ kind: 'model-missing', url: URL_ }, 'HTTP 404: run `npm run models`');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0])).toContain('npm run models');
    // Passing the failure on (worker -> page, loop -> controller) does not log it again.
    expect(asPipelineError(thrown)).toEqual({ kind: 'model-missing', url: URL_ });
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('logs an unexpected exception once as it becomes a typed error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(asPipelineError(new Error(DETAIL))).toEqual({ kind: 'inference-failed', detail: DETAIL });
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('logs what the person caused (a refused camera, a wrong file) as a warning, not an error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failure({ kind: 'camera-denied' }, new Error('NotAllowedError'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });
});
