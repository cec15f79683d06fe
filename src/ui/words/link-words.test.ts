import { describe, expect, it } from 'vitest';
import { linkIssue, parseLaunchParams } from '../../app/launch-params';
import { linkProblemWords } from './link-words';

/** A link's problems as the person reads them (English, the source language). */
const words = (search: string) => parseLaunchParams(search, 'http://127.0.0.1:4173').problems.map((p) => linkProblemWords(linkIssue(p)));

describe("a link's problems in the person's units, with the value as written", () => {
  const cases: [string, string][] = [
    ['?hold=-5', 'The hold time in the link, -5 seconds, is too short: it must be 5 to 300 seconds.'],
    ['?hold=1e9', 'The hold time in the link, 1e9 seconds, is too long: it must be 5 to 300 seconds.'],
    ['?hold=1', 'The hold time in the link, 1 second, is too short: it must be 5 to 300 seconds.'],
    ['?hold=abc', 'The hold time in the link, "abc", is not a number: it must be 5 to 300 seconds.'],
    ['?hold=Infinity', 'The hold time in the link, "Infinity", is not a number: it must be 5 to 300 seconds.'],
    ['?reps=0', 'The number of reps in the link, 0, is too few: it must be a whole number from 1 to 20.'],
    ['?reps=2.5', 'The number of reps in the link, 2.5, is not a whole number: it must be a whole number from 1 to 20.'],
    ['?reps=21', 'The number of reps in the link, 21, is too many: it must be a whole number from 1 to 20.'],
    ['?rest=-1', 'The rest time in the link, -1 second, is too short: it must be 0 to 300 seconds.'],
    ['?rest=301', 'The rest time in the link, 301 seconds, is too long: it must be 0 to 300 seconds.'],
    ['?idle=2', 'The idle time in the link, 2 seconds, is too short: it must be 5 to 1800 seconds.'],
    ['?idle=soon', 'The idle time in the link, "soon", is not a number: it must be 5 to 1800 seconds.'],
    ['?side=up', 'The side in the link, "up", was not used: the side must be left or right.'],
    ['?stretch=splits', 'The stretch in the link, "splits", was not used: there is no stretch by that name.'],
    ['?routine=weekly', 'The routine in the link, "weekly", was not used: the only routine is "daily".'],
    ['?model=big', 'The pose model in the link, "big", was not used: there is no pose model by that name.'],
    ['?source=tv', 'The source in the link, "tv", was not used: the source must be camera or none.'],
    ['?kiosk=yes', 'The kiosk setting in the link, "yes", was not used: kiosk must be 1 (on) or 0 (off).'],
    ['?clinician=yes', 'The clinician setting in the link, "yes", was not used: clinician must be 1 (on) or 0 (off).'],
    ['?history=1', 'The history setting in the link, "true", was not used: a record of sessions on the device is only for a clinic kiosk (kiosk=1).'],
    ['?kiosk=1&history=maybe', 'The history setting in the link, "maybe", was not used: history must be 1 (on) or 0 (off).'],
    ['?threads=17', 'The threads setting in the link, "17", was not used: threads must be auto or a whole number from 1 to 16.'],
    ['?models=//localhost/models/', 'The model folder in the link, "//localhost/models/", was not used: the pose model can only come from a folder on this site, like /models/.'],
  ];
  for (const [search, sentence] of cases) {
    it(search, () => expect(words(search)).toEqual([sentence]));
  }

  it('names the engine choices, and keeps a long or hostile value short', () => {
    expect(words('?backend=quantum')[0]).toMatch(/^The engine in the link, "quantum", was not used: the engine must be one of auto, .*\.$/);
    expect(words(`?stretch=${'x'.repeat(500)}`)[0]!.length).toBeLessThan(120);
  });
});
