/**
 * Simple pose figures for the chooser and the camera-placement pictures, as SVG. Each stretch is a
 * stick figure given by segment directions (0 = up, 90 = forward, 180 = down).
 */
import { msg } from '@lit/localize';
import { svg, type SVGTemplateResult } from 'lit';
import type { CameraSetup, StretchId } from '../core/stretches/types';

export interface Stick {
  readonly hip: [number, number];
  readonly trunk: number;
  readonly legs: ReadonlyArray<readonly [number, number]>; // [thigh, shank] per leg
  readonly arm: number;
  readonly ground: number;
  readonly prop?: 'box' | 'chair' | 'wall';
}

export const FIGURES: Readonly<Record<StretchId, Stick>> = {
  'standing-toe-touch': { hip: [50, 52], trunk: 150, legs: [[180, 180]], arm: 180, ground: 96 },
  'seated-toe-touch': { hip: [30, 88], trunk: 55, legs: [[90, 90]], arm: 95, ground: 92 },
  'supine-leg-extension': { hip: [55, 86], trunk: 270, legs: [[10, 5], [40, 140]], arm: 20, ground: 90 },
  'partner-pnf': { hip: [55, 86], trunk: 270, legs: [[20, 20], [90, 90]], arm: 100, ground: 90 },
  'elevated-leg': { hip: [40, 50], trunk: 30, legs: [[180, 180], [90, 90]], arm: 80, ground: 96, prop: 'box' },
  'lying-hamstring': { hip: [55, 86], trunk: 270, legs: [[5, 5], [90, 90]], arm: 10, ground: 90 },
  'seated-chair': { hip: [35, 60], trunk: 15, legs: [[120, 120], [90, 180]], arm: 110, ground: 96, prop: 'chair' },
  'doorway-wall': { hip: [45, 86], trunk: 270, legs: [[0, 0], [90, 90]], arm: 100, ground: 90, prop: 'wall' },
};

const step = ([x, y]: [number, number], dir: number, len: number): [number, number] => {
  const r = (dir * Math.PI) / 180;
  return [x + Math.sin(r) * len, y - Math.cos(r) * len];
};

export function stick(f: Stick): SVGTemplateResult {
  const shoulder = step(f.hip, f.trunk, 28);
  const head = step(shoulder, f.trunk, 9);
  const hand = step(shoulder, f.arm, 24);
  const legs = f.legs.map(([thigh, shank]) => {
    const knee = step(f.hip, thigh, 22);
    return [knee, step(knee, shank, 22)] as const;
  });
  return svg`
    <line x1="2" y1=${f.ground} x2="98" y2=${f.ground} class="ground"></line>
    ${f.prop === 'box' ? svg`<rect x="60" y="52" width="30" height=${f.ground - 52} class="prop"></rect>` : ''}
    ${f.prop === 'chair' ? svg`<path d="M20 62 H50 M22 62 V96 M48 62 V96 M20 62 V30" class="prop"></path>` : ''}
    ${f.prop === 'wall' ? svg`<line x1="49" y1="10" x2="49" y2=${f.ground} class="prop"></line>` : ''}
    <polyline points="${shoulder.join(',')} ${f.hip.join(',')}" class="body"></polyline>
    <polyline points="${shoulder.join(',')} ${hand.join(',')}" class="body"></polyline>
    ${legs.map(([knee, ankle]) => svg`<polyline points="${f.hip.join(',')} ${knee.join(',')} ${ankle.join(',')}" class="body"></polyline>`)}
    <circle cx=${head[0]} cy=${head[1]} r="6" class="head"></circle>`;
}

export const stretchFigure = (id: StretchId) => svg`<svg viewBox="0 0 100 100" role="img" aria-hidden="true" class="figure">${stick(FIGURES[id])}</svg>`;

/** Where the camera sits in each picture (its height in the 100-unit drawing). */
const CAMERA_Y: Record<CameraSetup, number> = { standing: 55, floor: 84, chair: 70 };

/** Where to put the camera, read at render time so it follows the language on screen. */
export function placementText(setup: CameraSetup): string {
  switch (setup) {
    case 'standing':
      return msg('Camera at hip height, 2-3 m away, side-on');
    case 'floor':
      return msg('Camera low (floor to knee height), 2-3 m away, side-on');
    case 'chair':
      return msg('Camera at seat height, 2-3 m away, side-on');
  }
}

/** The camera, the person side-on and the distance, for the setup screen. */
export function placementFigure(setup: CameraSetup, id: StretchId) {
  const p = { label: placementText(setup), camY: CAMERA_Y[setup] };
  return svg`<svg viewBox="0 0 200 100" role="img" aria-label=${p.label} class="placement">
    <g transform="translate(104 6) scale(0.9)">${stick(FIGURES[id])}</g>
    <rect x="8" y=${p.camY - 6} width="16" height="12" rx="2" class="camera"></rect>
    <circle cx="24" cy=${p.camY} r="3" class="camera"></circle>
    <line x1="24" y1=${p.camY} x2="100" y2=${p.camY} class="sight"></line>
    <text x="62" y=${p.camY - 4} class="dist">2-3 m</text>
    <line x1="16" y1=${p.camY + 6} x2="16" y2="96" class="tripod"></line>
  </svg>`;
}
