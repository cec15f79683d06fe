/** Typed custom events of FormHold's components, declared in one place. */
import type { Recovery } from '../pipeline/errors';
import type { StretchId } from '../core/stretches/types';
import type { Settings } from '../core/settings/settings';

export class RecoveryEvent extends Event {
  static readonly type = 'fh-recover';
  constructor(readonly action: Recovery) {
    super(RecoveryEvent.type, { bubbles: true, composed: true });
  }
}

export class FileChosenEvent extends Event {
  static readonly type = 'fh-file';
  constructor(readonly file: File) {
    super(FileChosenEvent.type, { bubbles: true, composed: true });
  }
}

export class StretchChosenEvent extends Event {
  static readonly type = 'fh-stretch';
  constructor(readonly stretch: StretchId | 'routine') {
    super(StretchChosenEvent.type, { bubbles: true, composed: true });
  }
}

export class SettingsChangeEvent extends Event {
  static readonly type = 'fh-settings';
  constructor(readonly settings: Settings) {
    super(SettingsChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** A session control: the person paused, resumed, skipped, ended or started. */
export type SessionCommand = 'start' | 'ready' | 'pause' | 'resume' | 'skip' | 'end' | 'restart' | 'next';
export class SessionCommandEvent extends Event {
  static readonly type = 'fh-command';
  constructor(readonly command: SessionCommand) {
    super(SessionCommandEvent.type, { bubbles: true, composed: true });
  }
}

/** The person asked for the Progress screen. */
export class ProgressOpenEvent extends Event {
  static readonly type = 'fh-progress-open';
  constructor() {
    super(ProgressOpenEvent.type, { bubbles: true, composed: true });
  }
}

/** The first-run screen was read and accepted. */
export class FirstRunDoneEvent extends Event {
  static readonly type = 'fh-first-run-done';
  constructor() {
    super(FirstRunDoneEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'fh-recover': RecoveryEvent;
    'fh-file': FileChosenEvent;
    'fh-stretch': StretchChosenEvent;
    'fh-settings': SettingsChangeEvent;
    'fh-command': SessionCommandEvent;
    'fh-progress-open': ProgressOpenEvent;
    'fh-first-run-done': FirstRunDoneEvent;
  }
}
