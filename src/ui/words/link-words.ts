/**
 * A link's problems in the person's language, each one whole sentence with the value as it was
 * written and what is allowed. The app (src/app/launch-params.ts) says what was wrong as data;
 * the shell words it at render time, so switching the language rewords it.
 */
import { msg, str } from '@lit/localize';
import type { LinkIssue } from '../../app/launch-params';
import { BACKEND_REQUESTS } from '../../pipeline/backend-choice';
import { MOST_THREADS } from '../../pipeline/wasm-threads';
import { numberProblemWords } from './number-words';

export function linkProblemWords(issue: LinkIssue): string {
  switch (issue.kind) {
    case 'number':
      return numberProblemWords(issue.number, msg('in the link'));
    case 'unreadable':
      return msg('The link could not be read, so it was not used.');
    case 'history-needs-kiosk':
      return msg('The history setting in the link, "true", was not used: a record of sessions on the device is only for a clinic kiosk (kiosk=1).');
    case 'not-used':
      break;
  }
  const given = issue.given;
  switch (issue.param) {
    case 'stretch':
      return msg(str`The stretch in the link, "${given}", was not used: there is no stretch by that name.`);
    case 'routine':
      return msg(str`The routine in the link, "${given}", was not used: the only routine is "daily".`);
    case 'side':
      return msg(str`The side in the link, "${given}", was not used: the side must be left or right.`);
    case 'model':
      return msg(str`The pose model in the link, "${given}", was not used: there is no pose model by that name.`);
    case 'backend': {
      const choices = BACKEND_REQUESTS.join(', ');
      return msg(str`The engine in the link, "${given}", was not used: the engine must be one of ${choices}.`);
    }
    case 'threads': {
      const most = MOST_THREADS;
      return msg(str`The threads setting in the link, "${given}", was not used: threads must be auto or a whole number from 1 to ${most}.`);
    }
    case 'source':
      return msg(str`The source in the link, "${given}", was not used: the source must be camera or none.`);
    case 'kiosk':
      return msg(str`The kiosk setting in the link, "${given}", was not used: kiosk must be 1 (on) or 0 (off).`);
    case 'clinician':
      return msg(str`The clinician setting in the link, "${given}", was not used: clinician must be 1 (on) or 0 (off).`);
    case 'history':
      return msg(str`The history setting in the link, "${given}", was not used: history must be 1 (on) or 0 (off).`);
    case 'models':
      return msg(str`The model folder in the link, "${given}", was not used: the pose model can only come from a folder on this site, like /models/.`);
  }
}
