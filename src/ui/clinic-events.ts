/** Events of the clinic screens (prescription, clinician, kiosk), kept apart from the shared ones. */

export type ClinicAction = 'start-prescription' | 'kiosk-start' | 'kiosk-finish' | 'open-clinician' | 'close-clinician';

export class ClinicActionEvent extends Event {
  static readonly type = 'fh-clinic';
  constructor(readonly action: ClinicAction) {
    super(ClinicActionEvent.type, { bubbles: true, composed: true });
  }
}

/** A prescription file was chosen ("Open a prescription"). */
export class PrescriptionFileEvent extends Event {
  static readonly type = 'fh-rx-file';
  constructor(readonly file: File) {
    super(PrescriptionFileEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'fh-clinic': ClinicActionEvent;
    'fh-rx-file': PrescriptionFileEvent;
  }
}
