import { describe, expect, it } from 'vitest';
import { SKIP_WAITING, startServiceWorker, type ContainerLike, type RegistrationLike, type WorkerLike } from './service-worker';

/** A stand-in for navigator.serviceWorker and its registration. */
function fakeBrowser(state: { controlled: boolean; waiting: boolean }) {
  const posted: unknown[] = [];
  const listeners: (() => void)[] = [];
  let updates = 0;
  const worker: WorkerLike = { postMessage: (m) => posted.push(m) };
  const registration: RegistrationLike = {
    get waiting() {
      return state.waiting ? worker : null;
    },
    installing: null,
    update: () => Promise.resolve(void updates++),
    addEventListener: () => undefined,
  };
  const container: ContainerLike = {
    get controller() {
      return state.controlled ? {} : null;
    },
    register: () => Promise.resolve(registration),
    addEventListener: (_type, cb) => listeners.push(cb),
  };
  return {
    container,
    posted,
    updates: () => updates,
    /** The browser switching to the new version (clients.claim() after skipWaiting()). */
    controllerChange: () => listeners.forEach((cb) => cb()),
  };
}

const noTimer = () => undefined;

describe('startServiceWorker', () => {
  it('switches at start to a version that downloaded during an earlier visit, then reloads once', async () => {
    const b = fakeBrowser({ controlled: true, waiting: true });
    let reloads = 0;
    await startServiceWorker(b.container, { reload: () => reloads++, every: noTimer });
    expect(b.posted).toEqual([SKIP_WAITING]);
    expect(reloads).toBe(0); // not before the new version has taken over
    b.controllerChange();
    b.controllerChange();
    expect(reloads).toBe(1);
  });

  it('never reloads when the first service worker takes the page (same version, maybe mid-session)', async () => {
    const b = fakeBrowser({ controlled: false, waiting: false });
    let reloads = 0;
    await startServiceWorker(b.container, { reload: () => reloads++, every: noTimer });
    b.controllerChange();
    expect(reloads).toBe(0);
    expect(b.posted).toEqual([]);
  });

  it('lets a version found during the session wait until the app says it is a safe moment', async () => {
    const state = { controlled: true, waiting: false };
    const b = fakeBrowser(state);
    let reloads = 0;
    const sw = await startServiceWorker(b.container, { reload: () => reloads++, every: noTimer });
    state.waiting = true; // downloaded mid-session
    expect(sw.updateWaiting).toBe(true);
    expect(b.posted).toEqual([]);
    b.controllerChange(); // another window switched: this page keeps running
    expect(reloads).toBe(0);
    expect(sw.applyUpdate()).toBe(true);
    expect(b.posted).toEqual([SKIP_WAITING]);
    b.controllerChange();
    expect(reloads).toBe(1);
  });

  it('applyUpdate does nothing when no version waits', async () => {
    const b = fakeBrowser({ controlled: true, waiting: false });
    const sw = await startServiceWorker(b.container, { reload: () => undefined, every: noTimer });
    expect(sw.updateWaiting).toBe(false);
    expect(sw.applyUpdate()).toBe(false);
    expect(b.posted).toEqual([]);
  });

  it('looks for a new version every hour, since a kiosk page never navigates', async () => {
    const b = fakeBrowser({ controlled: true, waiting: false });
    const timers: [() => void, number][] = [];
    await startServiceWorker(b.container, { reload: () => undefined, every: (cb, ms) => timers.push([cb, ms]) });
    expect(timers.map(([, ms]) => ms)).toEqual([3_600_000]);
    timers[0]![0]();
    expect(b.updates()).toBe(1);
  });
});
