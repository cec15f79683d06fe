import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstNonFiniteWeight, type WeightSpec } from './weight-check';

const specs: WeightSpec[] = [
  { name: 'shape', shape: [2], dtype: 'int32' },
  { name: 'conv', shape: [4], dtype: 'float32', quantization: { dtype: 'float16' } },
  { name: 'bias', shape: [2], dtype: 'float32' },
];

function weights(f16: number[], f32: number[]): ArrayBuffer {
  const buf = new ArrayBuffer(8 + 8 + 8);
  const v = new DataView(buf);
  v.setInt32(0, 7, true);
  v.setInt32(4, 0x7fffffff, true); // any int32 is a valid int32
  f16.forEach((h, i) => v.setUint16(8 + 2 * i, h, true));
  f32.forEach((x, i) => v.setFloat32(16 + 4 * i, x, true));
  return buf;
}

describe('firstNonFiniteWeight', () => {
  it('passes finite weights', () => {
    expect(firstNonFiniteWeight(specs, weights([0x3c00, 0xbc00, 0x0001, 0x7bff], [1.5, -2]))).toBeUndefined();
  });
  it('finds infinity or NaN in float16 weights', () => {
    expect(firstNonFiniteWeight(specs, weights([0x3c00, 0x7c00, 0xfe00, 0], [1, 2]))).toEqual({ name: 'conv', count: 2 });
  });
  it('finds NaN in float32 weights', () => {
    expect(firstNonFiniteWeight(specs, weights([0, 0, 0, 0], [NaN, 1]))).toEqual({ name: 'bias', count: 1 });
  });
  it('passes the real models and flags the same length of random bytes', () => {
    for (const name of ['movenet-lightning', 'blazepose-lite']) {
      const url = new URL(`../../models/${name}.json`, import.meta.url);
      const json = JSON.parse(readFileSync(url, 'utf8')) as { weightsManifest: { weights: WeightSpec[] }[] };
      const all = json.weightsManifest.flatMap((g) => g.weights);
      const real = readFileSync(new URL(`../../models/${name}.bin`, import.meta.url));
      const realBuf = real.buffer.slice(real.byteOffset, real.byteOffset + real.byteLength);
      expect(firstNonFiniteWeight(all, realBuf), name).toBeUndefined();
      const random = new Uint8Array(real.byteLength);
      let x = 2463534242; // xorshift32: random-looking bytes, the same every run
      for (let i = 0; i < random.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        random[i] = x & 0xff;
      }
      expect(firstNonFiniteWeight(all, random.buffer), name).toBeDefined();
    }
  });
});
