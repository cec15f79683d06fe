/**
 * The hold and the measured angles in the person's language: what is happening now, and for
 * every number its target and what to do to reach it. The core says which (src/core/session/
 * hold-words.ts); here each case is one whole sentence, with the numbers put in by the translation.
 */
import { msg, str } from '@lit/localize';
import type { HoldStatus } from '../../core/hold/hold-reducer';
import type { Side } from '../../core/pose/pose';
import type { ReadoutFact, ReadoutWordsKey } from '../../core/session/hold-words';

/** A few words, large under the ring: what the hold is doing now. */
export function holdStatusWord(status: HoldStatus): string {
  switch (status) {
    case 'waiting':
    case 'paused':
      return msg('Waiting for good form');
    case 'counting':
      return msg('Hold it');
    case 'resting':
      return msg('Rest');
    case 'user-paused':
      return msg('Paused');
    case 'done':
      return msg('Done');
    case 'lost':
      return msg("Can't see you");
    case 'stalled':
      return msg('Picture stopped');
    case 'too-slow':
      return msg('Device too slow');
  }
}

/** The cue line while the person presses Pause: what to do to go on. */
export const pausedWords = (): string => msg('Paused. Press Resume when you are ready.');

/**
 * The cue line during a rest, instead of form cues: nothing to fix while resting. `turnRound`: the
 * next leg must be nearest the camera (`StretchDefinition.workingLegNear`).
 */
export function restWords(switchingTo: Side | null, turnRound = false): string {
  if (turnRound && switchingTo === 'left') return msg('Rest and relax. Next, your left leg: turn around so it is nearest the camera.');
  if (turnRound && switchingTo === 'right') return msg('Rest and relax. Next, your right leg: turn around so it is nearest the camera.');
  if (switchingTo === 'left') return msg('Rest and relax. Next, your left leg.');
  if (switchingTo === 'right') return msg('Rest and relax. Next, your right leg.');
  return msg('Rest and relax. Nothing to do until the next hold.');
}

/** One readout row as a sentence: "Knee 152°, straighten to 160°", "Knee 172° (straight enough: 160°)". */
export function readoutText(fact: ReadoutFact): string {
  switch (fact.kind) {
    case 'heel-unseen':
      return msg("Heel: can't see it");
    case 'heel-down':
      return msg('Heel on the floor');
    case 'heel-up':
      return msg('Lower your heel to the floor');
    case 'leaning-back': {
      const d = fact.deg;
      return msg(str`Leaning back ${d}°, sit up tall`);
    }
    case 'unseen':
      return unseenRow(fact.key);
    case 'fix':
      return fixRow(fact.key, fact.dir, fact.value, fact.aim);
    case 'ok':
      return okRow(fact.key, fact.value, fact.target);
    case 'close':
      return closeRow(fact.key, fact.value, fact.target);
  }
}

function unseenRow(key: ReadoutWordsKey): string {
  switch (key) {
    case 'knees':
      return msg("Knees: can't see it");
    case 'kneeWorking':
      return msg("Knee: can't see it");
    case 'kneeOther':
    case 'other-knee-bent':
      return msg("Other knee: can't see it");
    case 'standing-knee-straight':
      return msg("Standing knee: can't see it");
    case 'hip':
      return msg("Hip angle: can't see it");
    case 'legRaiseWorking':
      return msg("Leg raise: can't see it");
    case 'legRaiseOther':
      return msg("Other leg raise: can't see it");
    case 'legFromHorizontalWorking':
      return msg("Leg tilt: can't see it");
    case 'trunkLeanForward':
      return msg("Forward lean: can't see it");
    case 'toesFromVerticalWorking':
      return msg("Toes tilt: can't see it");
    case 'legRaiseDrift':
      return msg("Leg moved: can't see it");
  }
}

/** A failing angle: its value, what to do, and the target. `dir` is the way the value must go. */
function fixRow(key: ReadoutWordsKey, dir: 'up' | 'down', v: number, aim: number): string {
  switch (`${key}/${dir}`) {
    case 'knees/up':
      return msg(str`Knees ${v}°, straighten to ${aim}°`);
    case 'kneeWorking/up':
      return msg(str`Knee ${v}°, straighten to ${aim}°`);
    case 'kneeOther/up':
      return msg(str`Other knee ${v}°, straighten to ${aim}°`);
    case 'standing-knee-straight/up':
      return msg(str`Standing knee ${v}°, straighten to ${aim}°`);
    case 'other-knee-bent/down':
      return msg(str`Other knee ${v}°, bend it to ${aim}°`);
    case 'hip/down':
      return msg(str`Hip angle ${v}°, bend forward to ${aim}°`);
    case 'legRaiseWorking/up':
      return msg(str`Leg raise ${v}°, aim for ${aim}°`);
    case 'legRaiseOther/down':
      return msg(str`Other leg raise ${v}°, lower it to ${aim}°`);
    case 'legFromHorizontalWorking/down':
      return msg(str`Leg tilt ${v}°, level it to ${aim}°`);
    case 'trunkLeanForward/down':
      return msg(str`Forward lean ${v}°, sit up to ${aim}°`);
    case 'toesFromVerticalWorking/down':
      return msg(str`Toes tilt ${v}°, point them up to ${aim}°`);
    case 'legRaiseDrift/down':
      return msg(str`Leg moved ${v}°, keep it within ${aim}°`);
  }
  // A direction no rule of the catalogue asks for: the value and the target, plainly.
  return msg(str`${v}°, aim for ${aim}°`);
}

/** A passing angle, and why it is fine, with its target. */
function okRow(key: ReadoutWordsKey, v: number, t: number): string {
  switch (key) {
    case 'knees':
      return msg(str`Knees ${v}° (straight enough: ${t}°)`);
    case 'kneeWorking':
      return msg(str`Knee ${v}° (straight enough: ${t}°)`);
    case 'kneeOther':
      return msg(str`Other knee ${v}° (straight enough: ${t}°)`);
    case 'standing-knee-straight':
      return msg(str`Standing knee ${v}° (straight enough: ${t}°)`);
    case 'other-knee-bent':
      return msg(str`Other knee ${v}° (bent enough: ${t}°)`);
    case 'hip':
      return msg(str`Hip angle ${v}° (bent far enough: ${t}°)`);
    case 'legRaiseWorking':
      return msg(str`Leg raise ${v}° (high enough: ${t}°)`);
    case 'legRaiseOther':
      return msg(str`Other leg raise ${v}° (low enough: ${t}°)`);
    case 'legFromHorizontalWorking':
      return msg(str`Leg tilt ${v}° (level enough: ${t}°)`);
    case 'trunkLeanForward':
      return msg(str`Forward lean ${v}° (fine up to ${t}°)`);
    case 'toesFromVerticalWorking':
      return msg(str`Toes tilt ${v}° (fine up to ${t}°)`);
    case 'legRaiseDrift':
      return msg(str`Leg moved ${v}° (fine up to ${t}°)`);
  }
}

/** Passing a few degrees short of the target (the analyser's margin against flicker): "close enough", never "straight enough". */
function closeRow(key: ReadoutWordsKey, v: number, t: number): string {
  switch (key) {
    case 'knees':
      return msg(str`Knees ${v}° (close enough to ${t}°)`);
    case 'kneeWorking':
      return msg(str`Knee ${v}° (close enough to ${t}°)`);
    case 'kneeOther':
    case 'other-knee-bent':
      return msg(str`Other knee ${v}° (close enough to ${t}°)`);
    case 'standing-knee-straight':
      return msg(str`Standing knee ${v}° (close enough to ${t}°)`);
    case 'hip':
      return msg(str`Hip angle ${v}° (close enough to ${t}°)`);
    case 'legRaiseWorking':
      return msg(str`Leg raise ${v}° (close enough to ${t}°)`);
    case 'legRaiseOther':
      return msg(str`Other leg raise ${v}° (close enough to ${t}°)`);
    case 'legFromHorizontalWorking':
      return msg(str`Leg tilt ${v}° (close enough to ${t}°)`);
    case 'trunkLeanForward':
      return msg(str`Forward lean ${v}° (close enough to ${t}°)`);
    case 'toesFromVerticalWorking':
      return msg(str`Toes tilt ${v}° (close enough to ${t}°)`);
    case 'legRaiseDrift':
      return msg(str`Leg moved ${v}° (close enough to ${t}°)`);
  }
}
