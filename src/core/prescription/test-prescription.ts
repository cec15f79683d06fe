/** The prescription the prescription tests share: a one-leg stretch and a two-step stretch with a gentler threshold. */
import type { PrescriptionInput } from './prescription-schema';

export const RX: PrescriptionInput = {
  formhold: 'prescription',
  version: 1,
  steps: [
    { stretch: 'lying-hamstring', side: 'left', holdS: 45, reps: 3, restS: 15 },
    { stretch: 'standing-toe-touch', holdS: 20, reps: 2, restS: 0, strictnessDeg: -5 },
  ],
};
