import { describe, expect, it } from 'vitest';
import { isSameOriginFolder, linkIssue, parseLaunchParams } from './launch-params';

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
    // [parameter, value as written, reason, what is wrong (the sentences: src/ui/words/link-words.test.ts)]
    const cases: [string, string, string, string][] = [
      ['hold', '-5', HOLD, 'too-low'],
      ['hold', '1e9', HOLD, 'too-high'],
      ['hold', '4', HOLD, 'too-low'],
      ['hold', 'abc', HOLD, 'not-a-number'],
      ['hold', '0x10', HOLD, 'not-a-number'],
      ['hold', 'Infinity', HOLD, 'not-a-number'],
      ['reps', '0', REPS, 'too-low'],
      ['reps', '2.5', REPS, 'not-whole'],
      ['reps', '21', REPS, 'too-high'],
      ['rest', '-1', REST, 'too-low'],
      ['rest', '301', REST, 'too-high'],
    ];
    for (const [name, value, reason, issue] of cases) {
      it(`${name}=${value}`, () => {
        const p = parse(`?stretch=standing-toe-touch&${name}=${encodeURIComponent(value)}`);
        expect(p.stretch).toBe('standing-toe-touch');
        expect(p.holdS).toBeUndefined();
        expect(p.reps).toBeUndefined();
        expect(p.restS).toBeUndefined();
        expect(p.problems).toEqual([{ path: name, value, reason }]);
        expect(linkIssue(p.problems[0]!)).toMatchObject({ kind: 'number', number: { field: name, issue, given: value } });
      });
    }
  });

  it('names other bad parameters with the value as written and what is allowed', () => {
    expect(parse('?side=up').problems.map(linkIssue)).toEqual([{ kind: 'not-used', param: 'side', given: 'up' }]);
    expect(parse('?idle=2').problems.map(linkIssue)).toEqual([{ kind: 'number', number: { field: 'idle', issue: 'too-low', given: '2', n: 2, min: 5, max: 1800 } }]);
    expect(parse('?idle=soon').problems.map(linkIssue)).toEqual([{ kind: 'number', number: { field: 'idle', issue: 'not-a-number', given: 'soon', n: Number.NaN, min: 5, max: 1800 } }]);
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
    expect(home.problems.map(linkIssue)).toEqual([{ kind: 'history-needs-kiosk' }]);
    expect(parse('?kiosk=1&history=maybe').problems.map(linkIssue)).toEqual([{ kind: 'not-used', param: 'history', given: 'maybe' }]);
  });

  it('reads a prescription whole, or refuses it whole', () => {
    const good = btoa(JSON.stringify({ formhold: 'prescription', version: 1, steps: [{ stretch: 'lying-hamstring', side: 'right', holdS: 40 }] }));
    expect(parse(`?rx=${good.replace(/=+$/, '')}`).prescription).toMatchObject({ ok: true, prescription: { steps: [{ stretch: 'lying-hamstring', side: 'right', holdS: 40 }] } });
    const bad = btoa(JSON.stringify({ formhold: 'prescription', version: 1, steps: [{ stretch: 'lying-hamstring', holdS: 400, reps: 0 }] }));
    expect(parse(`?rx=${bad.replace(/=+$/, '')}`).prescription).toMatchObject({
      ok: false,
      issues: [
        { kind: 'number', number: { field: 'hold', issue: 'too-high', given: '400' } },
        { kind: 'number', number: { field: 'reps', issue: 'too-low', given: '0' } },
      ],
    });
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
    expect(p.problems.map(linkIssue).map((i) => i.kind)).toEqual(['not-used', 'number', 'number', 'number']);
  });

  it('keeps a long or hostile value short in its message', () => {
    const issue = linkIssue(parse(`?stretch=${'x'.repeat(500)}`).problems[0]!);
    expect(issue).toMatchObject({ kind: 'not-used', param: 'stretch' });
    expect(issue.kind === 'not-used' && issue.given.length).toBeLessThanOrEqual(40);
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
      expect(p.problems.map(linkIssue), bad).toEqual([{ kind: 'not-used', param: 'threads', given: bad }]);
    }
  });
});
