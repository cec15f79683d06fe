import { CLIPS, makeClip } from './clips';

export default function globalSetup(): void {
  for (const name of Object.keys(CLIPS)) makeClip(name);
}
