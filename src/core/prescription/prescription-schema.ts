/**
 * A clinician's prescription: which stretches in which order, the side(s), hold, reps, rest and a
 * strictness adjustment for each, whether it runs on a kiosk. One valibot schema checks it
 * whether it came from a link, a scanned QR code or a JSON file; it is accepted or refused as a
 * whole (a half-applied prescription is a different exercise from the one prescribed).
 *
 * Safe bounds (also in the README):
 * - hold 5-300 s, reps 1-20, rest 0-300 s: the one dose table, src/core/schema/dose-bounds.ts.
 * - strictnessDeg -10..10 whole degrees: added to every "at least" angle of the stretch and taken
 *   from every "at most" one (like the Strict/Gentle setting, which is +5/-5). Angles read from a
 *   2D webcam are a few degrees off at best, so under 10 degrees' change stays within what the
 *   camera can tell apart from noise, and every stretch's thresholds stay inside their own checked
 *   ranges (src/core/stretches/validate.ts; a unit test builds every stretch at both ends).
 * - 1-10 stretches: more is not one sitting; it also keeps the link short enough for a QR code.
 * - idleS 5-1800 s: how long a kiosk waits with nobody in front of it before it resets.
 * - side: left, right or both; a stretch that works both legs at once takes only "both".
 * - language: en or es (the languages the app has); absent = the device's own (the browser's).
 * - deviceHistory: only with kiosk. Off unless the clinic turns it on: a kiosk then keeps a record
 *   of each session (stretch, time in good form, date; never a picture) on the device, and its
 *   start screen says so to every patient.
 */
import * as v from 'valibot';
import { HoldSecondsSchema, RepCountSchema, RestSecondsSchema } from '../schema/dose-schema';
import { STRETCHES } from '../stretches/catalog';
import { STRETCH_IDS } from '../stretches/types';
import { allLocales } from '../../locales/generated/locale-codes';

export const PRESCRIPTION_VERSION = 1;

export const PRESCRIPTION_BOUNDS = {
  steps: { min: 1, max: 10 },
  strictnessDeg: { min: -10, max: 10 },
  idleS: { min: 5, max: 1800 },
} as const;

export const SIDE_CHOICES = ['left', 'right', 'both'] as const;
export type SideChoice = (typeof SIDE_CHOICES)[number];

const { strictnessDeg: sd, idleS: idle, steps } = PRESCRIPTION_BOUNDS;

/** A kiosk's idle time in seconds (also the `idle` link parameter). */
export const IdleSecondsSchema = v.pipe(
  v.number(`the idle time must be ${idle.min} to ${idle.max} seconds`),
  v.check((n) => Number.isFinite(n) && n >= idle.min && n <= idle.max, `the idle time must be ${idle.min} to ${idle.max} seconds`),
  v.brand('IdleSeconds'),
);
export type IdleSeconds = v.InferOutput<typeof IdleSecondsSchema>;

const strictnessMessage = `the strictness must be a whole number of degrees from ${sd.min} (gentler) to ${sd.max} (stricter)`;

export const PrescribedStretchSchema = v.pipe(
  v.object(
    {
      stretch: v.picklist(STRETCH_IDS, 'there is no stretch by that name'),
      side: v.optional(v.picklist(SIDE_CHOICES, 'the side must be left, right or both'), 'both'),
      /** Undefined: the stretch's own hold, reps or rest. */
      holdS: v.optional(HoldSecondsSchema),
      reps: v.optional(RepCountSchema),
      restS: v.optional(RestSecondsSchema),
      strictnessDeg: v.optional(v.pipe(v.number(strictnessMessage), v.integer(strictnessMessage), v.minValue(sd.min, strictnessMessage), v.maxValue(sd.max, strictnessMessage)), 0),
    },
    'each stretch must be a group of settings',
  ),
  v.forward(
    v.check((s) => s.side === 'both' || STRETCHES[s.stretch].workingLeg !== undefined, 'this stretch works both legs at once, so its side must be "both"'),
    ['side'],
  ),
);

export const PrescriptionSchema = v.pipe(
  v.object(
    {
      formhold: v.literal('prescription', 'this is not a FormHold prescription'),
      version: v.literal(PRESCRIPTION_VERSION, `this prescription is from another FormHold version; this one reads version ${PRESCRIPTION_VERSION}`),
      steps: v.pipe(
        v.array(PrescribedStretchSchema, 'the list of stretches is missing'),
        v.minLength(steps.min, 'it has no stretches'),
        v.maxLength(steps.max, `it has more than ${steps.max} stretches`),
      ),
      /** Run as a kiosk: start screen, nothing remembered between people. */
      kiosk: v.optional(v.boolean('kiosk must be true or false'), false),
      idleS: v.optional(IdleSecondsSchema),
      /** The language on screen: on a kiosk, the one each reset returns to; at home, until the person chooses one. */
      language: v.optional(v.picklist(allLocales, `the language must be one of ${allLocales.join(', ')}`)),
      /** A kiosk keeps a record of sessions on the device (a notice on its start screen says so). */
      deviceHistory: v.optional(v.boolean('the device history setting must be true or false'), false),
    },
    'this is not a FormHold prescription',
  ),
  v.forward(
    v.check((rx) => !rx.deviceHistory || rx.kiosk, 'a record of sessions on the device is only for a clinic kiosk, so the prescription must also be for a kiosk'),
    ['deviceHistory'],
  ),
);

/** A prescription as written (a link, a file, the clinician screen). */
export type PrescriptionInput = v.InferInput<typeof PrescriptionSchema>;
/** A checked prescription: only a value that passed the schema has this type. */
export type Prescription = v.InferOutput<typeof PrescriptionSchema>;
export type PrescribedStretch = Prescription['steps'][number];
