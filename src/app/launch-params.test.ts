import { describe, expect, it } from 'vitest';
import { describeLinkProblem, isSameOriginFolder, parseLaunchParams } from './launch-params';

const ORIGIN = 'http://127.0.0.1:4173';
const parse = (search: string) => parseLaunchParams(search, ORIGIN);

describe('parseLaunchParams', () => {
  it('reads a clinician link', () => {
    const p = parse('?stretch=standing-toe-touch&side=right&backend=wasm&model=blazepose-lite&hold=30&reps=3&rest=10&kiosk=1&source=none');
    expect(p).toMatchObject({ stretch: 'standing-toe-touch', side: 'right', backend: 'wasm', model: 'blazepose-lite', holdS: 30, reps: 3, restS: 10, kiosk: true, source: 'none', problems: [] });
  });

  it('uses the defaults when nothing is given, and treats an empty value as not given', () => {
    expect(parse('')).toMatchObject({ stretch: undefined, backend: 'auto', source: 'camera', kiosk: false, holdS: undefined, modelBase: '/models/', problems: [] });
    expect(parse('?hold=&stretch=').problems).toEqual([]);
  });

  it('ignores unknown values, says so, and keeps the rest of the link', () => {
    const p = parse('?stretch=splits&backend=quantum&models=https://elsewhere.example/m/&side=left');
    expect(p.stretch).toBeUndefined();
    expect(p.backend).toBe('auto');
    expect(p.modelBase).toBe('/models/');
    expect(p.side).toBe('left');
    expect(p.problems.map((x) => x.path)).toEqual(['stretch', 'backend', 'models']);
  });

  // Issue 8: one bad dose (hold=-5) made buildPlan throw for every stretch, with "holdMs = -5000".
  describe("a bad dose is reported in the person's units and ignored; the rest of the link still applies", () => {
    const HOLD = 'a hold must be between 5 and 300 seconds';
    const REPS = 'reps must be a whole number from 1 to 20';
    const REST = 'a rest must be between 0 and 300 seconds';
    const cases: [string, string, string, string][] = [
      ['hold', '-5', HOLD, 'The hold time in the link, -5 seconds, is too short: it must be 5 to 300 seconds.'],
      ['hold', '1e9', HOLD, 'The hold time in the link, 1e9 seconds, is too long: it must be 5 to 300 seconds.'],
      ['hold', '4', HOLD, 'The hold time in the link, 4 seconds, is too short: it must be 5 to 300 seconds.'],
      ['hold', 'abc', HOLD, 'The hold time in the link, "abc", is not a number: it must be 5 to 300 seconds.'],
      ['hold', '0x10', HOLD, 'The hold time in the link, "0x10", is not a number: it must be 5 to 300 seconds.'],
      ['hold', 'Infinity', HOLD, 'The hold time in the link, "Infinity", is not a number: it must be 5 to 300 seconds.'],
      ['reps', '0', REPS, 'The number of reps in the link, 0, is too few: it must be a whole number from 1 to 20.'],
      ['reps', '2.5', REPS, 'The number of reps in the link, 2.5, is not a whole number: it must be a whole number from 1 to 20.'],
      ['reps', '21', REPS, 'The number of reps in the link, 21, is too many: it must be a whole number from 1 to 20.'],
      ['rest', '-1', REST, 'The rest time in the link, -1 second, is too short: it must be 0 to 300 seconds.'],
      ['rest', '301', REST, 'The rest time in the link, 301 seconds, is too long: it must be 0 to 300 seconds.'],
    ];
    for (const [name, value, reason, words] of cases) {
      it(`${name}=${value}`, () => {
        const p = parse(`?stretch=standing-toe-touch&${name}=${encodeURIComponent(value)}`);
        expect(p.stretch).toBe('standing-toe-touch');
        expect(p.holdS).toBeUndefined();
        expect(p.reps).toBeUndefined();
        expect(p.restS).toBeUndefined();
        expect(p.problems).toEqual([{ path: name, value, reason }]);
        expect(describeLinkProblem(p.problems[0]!)).toBe(words);
      });
    }
  });

  it('names other bad parameters with the value as written and what is allowed', () => {
    expect(parse('?side=up').problems.map(describeLinkProblem)).toEqual(['The side in the link, "up", was not used: the side must be left or right.']);
    expect(parse('?idle=2').problems.map(describeLinkProblem)).toEqual(['The idle time in the link, 2 seconds, is too short: it must be 5 to 1800 seconds.']);
    expect(parse('?idle=soon').problems.map(describeLinkProblem)).toEqual(['The idle time in the link, "soon", is not a number: it must be 5 to 1800 seconds.']);
    expect(parse('?idle=8&clinician=1')).toMatchObject({ idleS: 8, clinician: true, problems: [] });
  });

  it('keeps a record of sessions on a kiosk only when the link or its prescription asks, and says when it cannot', () => {
    expect(parse('?kiosk=1')).toMatchObject({ kiosk: true, deviceHistory: false, problems: [] });
    expect(parse('?kiosk=1&history=1')).toMatchObject({ kiosk: true, deviceHistory: true, problems: [] });
    expect(parse('?kiosk=1&history=0')).toMatchObject({ deviceHistory: false, problems: [] });
    const rx = (extra: object) => btoa(JSON.stringify({ formhold: 'prescription', version: 1, steps: [{ stretch: 'lying-hamstring' }], kiosk: true, ...extra })).replace(/=+$/, '');
    expect(parse(`?rx=${rx({ deviceHistory: true })}`)).toMatchObject({ kiosk: true, deviceHistory: true });
    // The link's own parameter comes first, as for kiosk and idle.
    expect(parse(`?rx=${rx({ deviceHistory: true })}&history=0`)).toMatchObject({ deviceHistory: false });
    const home = parse('?history=1');
    expect(home.deviceHistory).toBe(false);
    expect(home.problems.map(describeLinkProblem)).toEqual(['The history setting in the link, "true", was not used: a record of sessions on the device is only for a clinic kiosk (kiosk=1).']);
    expect(parse('?kiosk=1&history=maybe').problems.map(describeLinkProblem)).toEqual(['The history setting in the link, "maybe", was not used: history must be 1 (on) or 0 (off).']);
  });

  it('reads a prescription whole, or refuses it whole', () => {
    const good = btoa(JSON.stringify({ formhold: 'prescription', version: 1, steps: [{ stretch: 'lying-hamstring', side: 'right', holdS: 40 }] }));
    expect(parse(`?rx=${good.replace(/=+$/, '')}`).prescription).toMatchObject({ ok: true, prescription: { steps: [{ stretch: 'lying-hamstring', side: 'right', holdS: 40 }] } });
    const bad = btoa(JSON.stringify({ formhold: 'prescription', version: 1, steps: [{ stretch: 'lying-hamstring', holdS: 400, reps: 0 }] }));
    expect(parse(`?rx=${bad.replace(/=+$/, '')}`).prescription).toMatchObject({ ok: false, words: [expect.stringContaining('400 seconds, is too long'), expect.stringContaining('0, is too few')] });
  });

  it('accepts the edges of the dose bounds', () => {
    expect(parse('?hold=5&reps=1&rest=0')).toMatchObject({ holdS: 5, reps: 1, restS: 0, problems: [] });
    expect(parse('?hold=300&reps=20&rest=300')).toMatchObject({ holdS: 300, reps: 20, restS: 300, problems: [] });
    expect(parse('?hold=7.5')).toMatchObject({ holdS: 7.5, problems: [] });
  });

  it('reports every bad parameter at once and keeps each good one', () => {
    const p = parse('?stretch=lying-hamstring&hold=-5&reps=2.5&rest=-1&side=up&backend=wasm');
    expect(p.problems.map((x) => x.path)).toEqual(['side', 'hold', 'reps', 'rest']);
    expect(p).toMatchObject({ stretch: 'lying-hamstring', backend: 'wasm', side: undefined, holdS: undefined });
    expect(p.problems.map(describeLinkProblem).join(' ')).not.toMatch(/Ms|= -|undefined|Invalid/);
  });

  it('keeps a long or hostile value short in its message', () => {
    const text = describeLinkProblem(parse(`?stretch=${'x'.repeat(500)}`).problems[0]!);
    expect(text.length).toBeLessThan(120);
  });
});

// Issue 8: "?models=//2130706434/" (and any host name without dots) passed the old pattern as a
// "path on this site", and the pose model was then loaded from another host.
describe("model files only from the app's own origin", () => {
  const refused = ['//2130706434/', '//localhost/', '//evil/', '/\\evil.com/', '\\\\evil/', 'http://other/models/', `${ORIGIN}/models/`, '%2F%2Fevil/', '/%2F/evil/', '/models/../../x/', '/./models/', 'models/', '/models', '/models/?x=1/', '/models/#/', 'javascript:alert(1)//'];
  for (const path of refused) {
    it(`refuses ${path}`, () => {
      const p = parse(`?models=${encodeURIComponent(path)}`);
      expect(p.modelBase).toBe('/models/');
      expect(p.problems).toEqual([{ path: 'models', value: path, reason: 'the pose model can only come from a folder on this site, like /models/' }]);
      expect(isSameOriginFolder(path, ORIGIN)).toBe(false);
    });
  }
  it('refuses the forms written into the link unencoded too', () => {
    for (const raw of ['//2130706434/', '//localhost/', '/\\evil.com/', '%2F%2Fevil/']) expect(parse(`?models=${raw}`).modelBase).toBe('/models/');
  });
  for (const path of ['/models/', '/clinic/models/', '/models-v2/', '/a_b/c~d/']) {
    it(`accepts ${path}`, () => {
      expect(parse(`?models=${encodeURIComponent(path)}`)).toMatchObject({ modelBase: path, problems: [] });
      expect(isSameOriginFolder(path, ORIGIN)).toBe(true);
    });
  }
  it('refuses everything when the page has no origin to compare with (file: pages)', () => {
    expect(isSameOriginFolder('/models/', 'null')).toBe(false);
  });

  it('reads threads for the WebAssembly engine as auto or a whole number from 1 to 16, and names a bad one', () => {
    expect(parse('').threads).toBe('auto');
    expect(parse('?threads=auto').threads).toBe('auto');
    expect(parse('?threads=2').threads).toBe(2);
    for (const bad of ['0', '17', '2.5', 'many', '-1']) {
      const p = parse(`?threads=${bad}`);
      expect(p.threads, bad).toBe('auto');
      expect(p.problems.map(describeLinkProblem), bad).toEqual([`The threads in the link, "${bad}", was not used: threads must be auto or a whole number from 1 to 16.`]);
    }
  });
});
