/**
 * What the set-up screen says while the picture is not yet being watched: what is actually
 * happening (the pose checker loading, the camera starting, a problem), never "Waiting for the
 * camera…" while the camera is fine and the model is what is slow.
 */
import { msg } from '@lit/localize';
import type { PipelineStatus } from './controllers/pipeline-controller';

/** The words for the pipeline's state; undefined once frames flow and the in-frame check speaks. */
export function pipelineWaitWords(status: PipelineStatus): string | undefined {
  switch (status) {
    case 'loading-model':
      return msg('Getting ready: loading the movement checker. The first time can take a minute.');
    case 'starting-camera':
      return msg('Starting the camera…');
    case 'error':
      return msg('Something needs your attention: see the message beside the picture.');
    case 'idle':
      return msg('No picture yet: choose "Use camera" or open a video under Advanced.');
    case 'running':
      return undefined;
  }
}
