/** Chromium for the end-to-end tests: the project's one launch recipe, with a fake webcam. */
import { launchOptions } from '../../src/cli/chromium.mjs';
import { clipPath, type CLIPS } from './clips.mjs';

export interface CameraOptions {
  /** A clip name (see clips.mjs) for the fake webcam; undefined = Chromium's test pattern. */
  readonly clip?: keyof typeof CLIPS;
  /** Refuse the camera permission instead of granting it. */
  readonly deny?: boolean;
}

export function chromiumLaunch(camera: CameraOptions = {}) {
  return launchOptions({ ...(camera.clip ? { clip: clipPath(camera.clip) } : {}), ...(camera.deny ? { deny: true } : {}) });
}
