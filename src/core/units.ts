/** Units carried in types, so a threshold in degrees cannot be passed where milliseconds belong. */

declare const degreesBrand: unique symbol;
declare const msBrand: unique symbol;

/** An angle in degrees. */
export type Degrees = number & { readonly [degreesBrand]: 'deg' };
/** A duration or timestamp in milliseconds. */
export type Ms = number & { readonly [msBrand]: 'ms' };

export const deg = (value: number): Degrees => value as Degrees;
export const ms = (value: number): Ms => value as Ms;

export const toDegrees = (radians: number): Degrees => deg((radians * 180) / Math.PI);
