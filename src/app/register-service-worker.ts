/**
 * Entry loaded by index.html: registers the service worker in the production build only (the dev
 * server, `npm run analyze` and Vitest run without one), once the page has loaded so the
 * precache download does not compete with the app's own start.
 */
import { startServiceWorker, type ServiceWorkerHandle } from './service-worker';

declare global {
  interface Window {
    /** The service worker's update handle, for a caller that knows a safe moment (see service-worker.ts). */
    formholdServiceWorker?: Promise<ServiceWorkerHandle>;
  }
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    window.formholdServiceWorker = startServiceWorker(navigator.serviceWorker, { reload: () => location.reload() });
    // Offline install is an extra: the app works without it, so a failure only goes to the console.
    window.formholdServiceWorker.catch((e: unknown) => console.warn('FormHold: offline use is not available:', e));
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
