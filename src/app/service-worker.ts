/**
 * The one owner of FormHold's service worker (built by vite-plugin-pwa, production only): it
 * registers it and decides when a new version takes over.
 *
 * A new version never replaces the running page mid-session. It downloads in the background and
 * waits; it takes over
 * - when FormHold starts and finds a version that finished downloading during an earlier visit
 *   (nothing has begun yet: one quick reload at start), or
 * - when the app calls `applyUpdate()` at a moment it knows is safe (a kiosk back on its start
 *   screen with nobody in front of it), or
 * - when every FormHold window is closed (the browser's own rule).
 * A kiosk never navigates, so the browser would never look for a new version: check every hour.
 *
 * The browser API comes in as a small interface, so this logic is tested in Node with fakes.
 */

/** What this module uses of a ServiceWorker. */
export interface WorkerLike {
  postMessage(message: unknown): void;
}

/** What this module uses of a ServiceWorkerRegistration. */
export interface RegistrationLike {
  readonly waiting: WorkerLike | null;
  readonly installing: (WorkerLike & { readonly state: string; addEventListener(type: 'statechange', cb: () => void): void }) | null;
  update(): Promise<unknown>;
  addEventListener(type: 'updatefound', cb: () => void): void;
}

/** What this module uses of navigator.serviceWorker. */
export interface ContainerLike {
  readonly controller: unknown;
  register(url: string, options: { scope: string; type: 'classic' }): Promise<RegistrationLike>;
  addEventListener(type: 'controllerchange', cb: () => void): void;
}

export interface ServiceWorkerOptions {
  readonly url?: string;
  /** Reloads the page (location.reload in the browser). */
  readonly reload: () => void;
  /** How often to look for a new version; 0 = never. */
  readonly checkEveryMs?: number;
  readonly every?: (cb: () => void, ms: number) => unknown;
}

export interface ServiceWorkerHandle {
  /** A new version has downloaded and is waiting. */
  readonly updateWaiting: boolean;
  /** Switches to the waiting version and reloads. Call only when no session is under way. Returns false if none waits. */
  applyUpdate(): boolean;
}

/** The message Workbox's generated service worker answers with skipWaiting(). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

export async function startServiceWorker(container: ContainerLike, options: ServiceWorkerOptions): Promise<ServiceWorkerHandle> {
  const { url = '/sw.js', reload, checkEveryMs = 60 * 60 * 1000, every = (cb, ms) => setInterval(cb, ms) } = options;
  // Only a switch this page asked for reloads it. The first service worker claiming the page (it
  // serves the same version the page already runs) and a switch made from another window do not.
  let switching = false;
  container.addEventListener('controllerchange', () => {
    if (!switching) return;
    switching = false;
    reload();
  });
  const registration = await container.register(url, { scope: '/', type: 'classic' });

  const applyUpdate = (): boolean => {
    const waiting = registration.waiting;
    if (!waiting || !container.controller) return false;
    switching = true;
    waiting.postMessage(SKIP_WAITING);
    return true;
  };

  // At start nothing has begun: a version downloaded during an earlier visit takes over now.
  applyUpdate();
  if (checkEveryMs > 0) every(() => void registration.update().catch(() => undefined /* offline: try next time */), checkEveryMs);

  return {
    get updateWaiting() {
      return registration.waiting !== null && !!container.controller;
    },
    applyUpdate,
  };
}
