import { CLIPS, makeClip } from './clips.mjs';

export default function globalSetup(): void {
  for (const name of Object.keys(CLIPS) as (keyof typeof CLIPS)[]) makeClip(name);
}
