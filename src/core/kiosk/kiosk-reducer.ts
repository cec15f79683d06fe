/**
 * The kiosk's own rhythm, as a pure reducer: a start screen that waits for someone to step in, the
 * session, the summary, and the reset to the start screen that forgets the last person. Times are
 * the caller's clock (performance.now()); the caller carries out the returned effect (start the
 * session; or reset: clear the session, release the camera, wipe storage, apply a waiting update).
 *
 * When it resets:
 * - the summary has been shown for `summaryMs` (or the idle time, when shorter) since it appeared
 *   or since it was last touched; a "Finish" touch resets at once;
 * - during a session nobody has been seen and nothing touched for the idle time (the person left).
 * After a reset the start screen waits until the frame has been empty for `clearMs` (or a touch)
 * before someone stepping in starts a session, so a person who lingers after their summary is not
 * pulled into a second session by accident.
 */

export type KioskPhase = 'start' | 'session' | 'summary';

export interface KioskConfig {
  /** Nobody seen and nothing touched this long during a session: reset (the `idle` link parameter). */
  readonly idleMs: number;
  /** The longest the summary stays on screen. */
  readonly summaryMs: number;
  /** Someone must be seen this long, without a break, to start a session. */
  readonly arriveMs: number;
  /** After a reset, the frame must be empty this long before someone stepping in starts a session. */
  readonly clearMs: number;
}

export const DEFAULT_IDLE_S = 60;

export const kioskConfig = (idleS: number = DEFAULT_IDLE_S): KioskConfig => ({ idleMs: idleS * 1000, summaryMs: 30_000, arriveMs: 1000, clearMs: 2000 });

export interface KioskState {
  readonly phase: KioskPhase;
  /** Start screen: whether someone stepping in may start a session (false right after a reset, until the frame is clear). */
  readonly armed: boolean;
  /** Start screen: when the current run of frames with a person (armed) or without one (not armed) began. */
  readonly runSinceMs: number | null;
  /** Session: when someone was last seen or something last touched. Summary: when it appeared or was last touched. */
  readonly activeAtMs: number;
}

export type KioskAction =
  | { readonly type: 'frame'; readonly tMs: number; readonly person: boolean }
  | { readonly type: 'touch'; readonly tMs: number }
  /** The start screen's button, for whoever cannot be seen well enough to start by stepping in. */
  | { readonly type: 'start'; readonly tMs: number }
  | { readonly type: 'summary'; readonly tMs: number }
  /** The person chose to finish (the summary's button). */
  | { readonly type: 'finish' }
  | { readonly type: 'tick'; readonly tMs: number };

export type KioskEffect = 'start-session' | 'reset' | null;

export interface KioskStep {
  readonly state: KioskState;
  readonly effect: KioskEffect;
}

/** A fresh kiosk (page just loaded: nobody to forget, so stepping in starts at once). */
export const initialKioskState = (): KioskState => ({ phase: 'start', armed: true, runSinceMs: null, activeAtMs: 0 });

const afterReset: KioskState = { phase: 'start', armed: false, runSinceMs: null, activeAtMs: 0 };

const same = (state: KioskState): KioskStep => ({ state, effect: null });
const reset = (): KioskStep => ({ state: afterReset, effect: 'reset' });
const begin = (tMs: number): KioskStep => ({ state: { phase: 'session', armed: false, runSinceMs: null, activeAtMs: tMs }, effect: 'start-session' });

function onStartFrame(s: KioskState, tMs: number, person: boolean, c: KioskConfig): KioskStep {
  // Armed: count a run of frames with someone in them. Not armed: a run of empty frames.
  const counting = s.armed ? person : !person;
  if (!counting) return s.runSinceMs === null ? same(s) : same({ ...s, runSinceMs: null });
  const since = s.runSinceMs ?? tMs;
  if (s.armed) return tMs - since >= c.arriveMs ? begin(tMs) : same({ ...s, runSinceMs: since });
  return tMs - since >= c.clearMs ? same({ ...s, armed: true, runSinceMs: null }) : same({ ...s, runSinceMs: since });
}

export function kioskReducer(s: KioskState, action: KioskAction, c: KioskConfig): KioskStep {
  switch (action.type) {
    case 'frame':
      if (s.phase === 'start') return onStartFrame(s, action.tMs, action.person, c);
      if (s.phase === 'session' && action.person) return same({ ...s, activeAtMs: action.tMs });
      return same(s);
    case 'touch':
      // A touch on the start screen arms it (someone is clearly there to use it); elsewhere it counts as activity.
      if (s.phase === 'start') return s.armed ? same(s) : same({ ...s, armed: true, runSinceMs: null });
      return same({ ...s, activeAtMs: action.tMs });
    case 'start':
      return s.phase === 'start' ? begin(action.tMs) : same(s);
    case 'summary':
      return s.phase === 'session' ? same({ ...s, phase: 'summary', activeAtMs: action.tMs }) : same(s);
    case 'finish':
      return s.phase === 'start' ? same(s) : reset();
    case 'tick': {
      if (s.phase === 'session' && action.tMs - s.activeAtMs >= c.idleMs) return reset();
      if (s.phase === 'summary' && action.tMs - s.activeAtMs >= Math.min(c.idleMs, c.summaryMs)) return reset();
      return same(s);
    }
  }
}
