/**
 * Another model's reading of the photo on screen, made beside the session without touching it: the
 * session as it would be with the photo opened afresh, fed that model's frames. When the reading
 * is kept, the same frames replayed into the session (after `source-changed`) give the same state.
 */
import type { FrameReport } from '../analysis/form-analyzer';
import type { PoseFrame } from '../pose/pose';
import type { Turn } from '../pose/rotation';
import { frameStep, type Analysis } from './frame-step';
import { sessionReducer, type SessionState } from './session-reducer';

export class StillReading {
  private state: SessionState;
  private analysis: Analysis | undefined;
  private readonly seen: PoseFrame[] = [];

  constructor(session: SessionState) {
    this.state = sessionReducer(session, { type: 'source-changed', still: true });
  }

  /** The turn the reading's own turn policy asks for (a photo is settled as the camera would be). */
  readonly rotation = (): Turn => this.state.turn.turn;

  add(frame: PoseFrame): void {
    this.seen.push(frame);
    ({ state: this.state, analysis: this.analysis } = frameStep(this.state, this.analysis, frame));
  }

  /** The frames read, in order: what to replay into the session if this reading is kept. */
  get frames(): readonly PoseFrame[] {
    return this.seen;
  }

  get report(): FrameReport | undefined {
    return this.state.report ?? undefined;
  }
}
