/** The prescription the clinic specs open, and how a link carries it (base64url JSON in `?rx=`). */
export const RX = {
  formhold: 'prescription',
  version: 1,
  steps: [
    { stretch: 'lying-hamstring', side: 'left', holdS: 45, reps: 3, restS: 15 },
    { stretch: 'standing-toe-touch', holdS: 30, reps: 2, restS: 10, strictnessDeg: -5 },
  ],
};
export const param = (rx: unknown) => Buffer.from(JSON.stringify(rx)).toString('base64url');
