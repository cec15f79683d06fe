/** The pose models FormHold serves from its own origin (see models/manifest.json). No tfjs here. */

export const MODEL_IDS = [
  'movenet-lightning',
  'movenet-thunder',
  'movenet-multipose',
  'blazepose-lite',
  'blazepose-full',
  'blazepose-heavy',
] as const;
export type ModelId = (typeof MODEL_IDS)[number];
export const isModelId = (v: string): v is ModelId => (MODEL_IDS as readonly string[]).includes(v);

export interface ModelInfo {
  readonly id: ModelId;
  readonly label: string;
  readonly family: 'movenet' | 'blazepose';
  /** Graph-model JSON files, relative to the app's models/ folder. */
  readonly files: readonly string[];
  /** BlazePose (tfjs runtime, these weights) wants a square frame; MoveNet takes the frame as it is. */
  readonly input: 'as-is' | 'square';
  /** Keypoint score below which a point is "not seen"; the two families' scores are not on one scale. */
  readonly scoreThreshold: number;
  /** BlazePose gives heels and toes (33 points), MoveNet does not (17). */
  readonly hasFeet: boolean;
  readonly multiPerson: boolean;
}

export const MODELS: Readonly<Record<ModelId, ModelInfo>> = {
  'movenet-lightning': { id: 'movenet-lightning', label: 'MoveNet Lightning (fast)', family: 'movenet', files: ['movenet-lightning.json'], input: 'as-is', scoreThreshold: 0.3, hasFeet: false, multiPerson: false },
  'movenet-thunder': { id: 'movenet-thunder', label: 'MoveNet Thunder (accurate)', family: 'movenet', files: ['movenet-thunder.json'], input: 'as-is', scoreThreshold: 0.3, hasFeet: false, multiPerson: false },
  'movenet-multipose': { id: 'movenet-multipose', label: 'MoveNet MultiPose (several people)', family: 'movenet', files: ['movenet-multipose.json'], input: 'as-is', scoreThreshold: 0.3, hasFeet: false, multiPerson: true },
  'blazepose-lite': { id: 'blazepose-lite', label: 'BlazePose lite (feet)', family: 'blazepose', files: ['blazepose-detector.json', 'blazepose-lite.json'], input: 'square', scoreThreshold: 0.5, hasFeet: true, multiPerson: false },
  'blazepose-full': { id: 'blazepose-full', label: 'BlazePose full (feet)', family: 'blazepose', files: ['blazepose-detector.json', 'blazepose-full.json'], input: 'square', scoreThreshold: 0.5, hasFeet: true, multiPerson: false },
  'blazepose-heavy': { id: 'blazepose-heavy', label: 'BlazePose heavy (slow, most accurate)', family: 'blazepose', files: ['blazepose-detector.json', 'blazepose-heavy.json'], input: 'square', scoreThreshold: 0.5, hasFeet: true, multiPerson: false },
};

export const DEFAULT_MODEL: ModelId = 'movenet-lightning';

/** Whether to turn the frame so a lying body stands upright before inference. */
export type { Turn as Rotation } from '../core/pose/rotation';
