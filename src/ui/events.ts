/** Typed custom events of FormHold's components, declared in one place. */
import type { Recovery } from '../pipeline/errors';
import type { StretchId } from '../core/stretches/types';

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

declare global {
  interface HTMLElementEventMap {
    'fh-recover': RecoveryEvent;
    'fh-file': FileChosenEvent;
    'fh-stretch': StretchChosenEvent;
  }
}
