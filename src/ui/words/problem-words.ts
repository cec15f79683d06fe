/**
 * Problems with data from outside the app, in the person's language. The core names each problem
 * by where it is (a setting's name, a backup's kind of refusal) and the value given; the sentence is
 * said here, whole.
 */
import { msg, str } from '@lit/localize';
import type { BackupRefusal } from '../../core/history/backup-schema';
import type { Problem } from '../../core/schema/problem';

/** A saved setting that was reset to its default: which one, and what it may be. */
export function settingsProblemWords(p: Problem): string {
  switch (p.path) {
    case '':
      return msg('Your saved settings were unreadable, so they are back to their defaults.');
    case 'hold':
      return msg("A saved setting was put back to its default: the hold time must be the exercise's own or 30 seconds.");
    case 'reps':
      return msg('A saved setting was put back to its default: reps must be a whole number from 1 to 20.');
    case 'strictness':
      return msg('A saved setting was put back to its default: strictness must be gentle, standard or strict.');
    case 'voice':
      return msg('A saved setting was put back to its default: spoken cues must be on or off.');
    case 'chime':
      return msg('A saved setting was put back to its default: the chime must be on or off.');
    case 'largeText':
      return msg('A saved setting was put back to its default: large text must be on or off.');
    case 'mirror':
      return msg('A saved setting was put back to its default: the mirror view must be on or off.');
  }
  return msg('A saved setting was put back to its default.');
}

/** Why a backup file was refused as a whole; a bad record inside it keeps its detailed English sentence for now. */
export function backupRefusalWords(r: BackupRefusal): string {
  switch (r.kind) {
    case 'not-json':
      return msg('This file is not a FormHold backup: it is not readable as a backup file (it may be damaged or cut short).');
    case 'not-formhold':
      return msg('This file is not a FormHold backup: it does not say it comes from FormHold. Choose a file saved with Export.');
    case 'no-version':
      return msg('This backup has no version FormHold knows, so it was not read.');
    case 'newer': {
      const { version, reads } = r;
      return msg(str`This backup comes from a newer FormHold (backup version ${version}; this FormHold reads version ${reads}). Update FormHold, then import it again.`);
    }
    case 'duplicate': {
      const id = r.id;
      return msg(str`This backup lists the same session twice (${id}), so it was not read.`);
    }
    case 'record':
      return r.detail;
  }
}
