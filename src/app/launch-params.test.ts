import { describe, expect, it } from 'vitest';
import { parseLaunchParams } from './launch-params';

describe('parseLaunchParams', () => {
  it('reads a clinician link', () => {
    const p = parseLaunchParams('?stretch=standing-toe-touch&side=right&backend=wasm&model=blazepose-lite');
    expect(p).toMatchObject({ stretch: 'standing-toe-touch', side: 'right', backend: 'wasm', model: 'blazepose-lite', problems: [] });
  });
  it('ignores unknown values and says so', () => {
    const p = parseLaunchParams('?stretch=splits&backend=quantum&models=https://elsewhere.example/m/');
    expect(p.stretch).toBeUndefined();
    expect(p.backend).toBe('auto');
    expect(p.modelBase).toBe('/models/');
    expect(p.problems).toHaveLength(3);
  });
});
