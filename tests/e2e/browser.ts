/** How Debian's Chromium is launched for the tests and the benchmark (no browser download here). */
import { resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where generated clips (.y4m, too big for git) are kept. */
export const ARTIFACTS = resolve(import.meta.dirname, '..', '.artifacts');
export const clipPath = (name: string) => resolve(ARTIFACTS, 'clips', `${name}.y4m`);

export interface CameraOptions {
  /** A .y4m clip name in the artifacts folder for the fake webcam; undefined = Chromium's test pattern. */
  readonly clip?: string;
  /** Refuse the camera permission instead of granting it. */
  readonly deny?: boolean;
}

export function chromiumLaunch(camera: CameraOptions = {}) {
  const args = [...BASE_FLAGS, '--use-fake-device-for-media-stream'];
  args.push(camera.deny ? '--deny-permission-prompts' : '--use-fake-ui-for-media-stream');
  if (camera.clip) args.push(`--use-file-for-fake-video-capture=${clipPath(camera.clip)}`);
  return { executablePath: CHROMIUM, args };
}
