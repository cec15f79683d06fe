// How FormHold's tools and tests launch Debian's Chromium (no browser download on these machines).
// CHROMIUM_PATH overrides the binary for machines with another Chromium.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work headless here, as root, with no network but loopback. */
export const BASE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch options for Playwright. `camera.clip` is a .y4m file for the fake webcam (else Chromium's
 * test pattern); `camera.deny` refuses the camera permission instead of granting it.
 * @param {{ clip?: string, deny?: boolean } | undefined} camera
 */
export function launchOptions(camera) {
  const args = [...BASE_FLAGS];
  if (camera) {
    args.push('--use-fake-device-for-media-stream');
    args.push(camera.deny ? '--deny-permission-prompts' : '--use-fake-ui-for-media-stream');
    if (camera.clip) args.push(`--use-file-for-fake-video-capture=${camera.clip}`);
  }
  return { executablePath: CHROMIUM, args };
}
