/**
 * A second look at an opened photo, as `npm run analyze` takes one: when the loaded model's reading
 * does not credit the stretch, is not in its posture or has an impossible leg, other models read
 * the photo too, each beside the session (`StillReading`), and the most plausible reading is the
 * one the person sees (`withOpinions`); a credit is checked by the other family, and stands unless
 * that one plainly sees a knee bent. The kept reading's frames are replayed into the session,
 * so the verdict, cue and skeleton are all that model's; a refuted credit then says which knee
 * rule it broke.
 */
import type { Reading } from '../core/analysis/plausibility';
import type { PoseFrame } from '../core/pose/pose';
import { StillReading } from '../core/session/still-reading';
import { MODELS } from '../pipeline/models';
import { withOpinions } from '../pipeline/still-opinions';
import type { PipelineController } from './controllers/pipeline-controller';
import type { SessionController } from './controllers/session-controller';

type Look = Reading & { readonly frames?: readonly PoseFrame[] };

/** Resolves true when another model's reading now stands or refuted the credit; false when the first stands or the photo changed meanwhile. */
export async function takeSecondLook(session: SessionController, pipeline: PipelineController): Promise<boolean> {
  const stretch = session.stretch;
  const report = session.report;
  const model = pipeline.runningModel;
  const photo = pipeline.media;
  const run = pipeline.run;
  if (!stretch || !report || !model || !(photo instanceof HTMLImageElement)) return false;
  const first: Look = { report, threshold: MODELS[model].scoreThreshold };
  const { reading, refuted } = await withOpinions(first, model, stretch, async (other): Promise<Look | undefined> => {
    const look = new StillReading(session.state);
    const read = await pipeline.readStill(other, look.rotation, (f) => look.add(f));
    return read && look.report ? { report: look.report, threshold: MODELS[other].scoreThreshold, frames: look.frames } : undefined;
  });
  // Another photo, model or stretch since: this look is of something no longer on screen.
  if (pipeline.run !== run || pipeline.media !== photo || session.stretch !== stretch) return false;
  if (reading === first && !refuted) return false;
  // Another model's reading stands: its frames, replayed, give its verdict and skeleton.
  if (reading !== first && reading.frames) {
    session.sourceChanged('image');
    for (const f of reading.frames) session.onFrame(f);
  }
  // A refuted credit says which knee rule it broke (whichever model's reading stands).
  if (refuted) session.stillRefuted(refuted);
  return true;
}
