/**
 * A check that a model's weights are numbers a trained model can hold. Random or scrambled bytes
 * of the right length pass the size check, load, and then fail on a frame; as float16 about one
 * value in 32 of such bytes reads as infinity or not-a-number, which no trained model contains
 * (FormHold's seven models: 34.5 million float16 weights, none non-finite). No tfjs here.
 */

/** The fields of a tfjs weights-manifest entry this check reads. */
export interface WeightSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly quantization?: { readonly dtype: string } | undefined;
}

/** Bytes one stored value takes (tfjs graph-model layout). */
export function bytesPerValue(spec: WeightSpec): number {
  if (spec.quantization) return spec.quantization.dtype === 'uint8' ? 1 : 2;
  return spec.dtype === 'bool' ? 1 : 4;
}

/** The first weight holding a non-finite value, with how many it holds; undefined if all are finite. */
export function firstNonFiniteWeight(specs: readonly WeightSpec[], data: ArrayBuffer): { name: string; count: number } | undefined {
  const view = new DataView(data);
  let offset = 0;
  for (const spec of specs) {
    const values = spec.shape.reduce((a, b) => a * b, 1);
    const size = values * bytesPerValue(spec);
    if (offset + size > data.byteLength) return undefined; // the size check reports this
    let count = 0;
    if (spec.quantization?.dtype === 'float16') {
      // Exponent bits all ones: infinity or NaN.
      for (let i = 0; i < values; i++) if ((view.getUint16(offset + 2 * i, true) & 0x7c00) === 0x7c00) count++;
    } else if (!spec.quantization && spec.dtype === 'float32') {
      for (let i = 0; i < values; i++) if (!Number.isFinite(view.getFloat32(offset + 4 * i, true))) count++;
    }
    if (count) return { name: spec.name, count };
    offset += size;
  }
  return undefined;
}
