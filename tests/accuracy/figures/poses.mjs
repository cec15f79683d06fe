// The stretches as mannequin-js joint settings (degrees): good form and the usual faults.
// Mannequin conventions: body.bend folds the whole figure forward about the pelvis (legs go back),
// leg.raise swings a leg forward, knee.bend flexes it; an arm's straddle must be set before its
// raise (the joint composes rotations in the order set). side = the working leg, 'l' or 'r'.
export function poseFor(stretch, variant, side = 'l') {
  const w = side, o = side === 'l' ? 'r' : 'l';
  const j = {};
  const set = (k, v) => { j[k] = v; };
  const arms = (raise, straddle = 5, elbow = 10) => { for (const s of ["l", "r"]) { set(`${s}_arm.straddle`, straddle); set(`${s}_arm.raise`, raise); set(`${s}_elbow.bend`, elbow); } };
  switch (stretch) {
    case 'standing-toe-touch': {
      const B = variant === 'good' ? 105 : variant === 'not-folded' ? 20 : 80;
      const K = variant === 'knees-bent' ? 40 : 2;
      set('body.bend', B); set('torso.bend', variant === 'good' ? 15 : 10);
      for (const s of ['l', 'r']) { set(`${s}_leg.raise`, B + K * 0.5); set(`${s}_knee.bend`, K); set(`${s}_ankle.bend`, -K * 0.5); }
      arms(variant === 'not-folded' ? 10 : B - 10, 3, 5);
      return { joints: j, posture: 'standing', workingSide: null, expectedInForm: variant === 'good' };
    }
    case 'seated-toe-touch': {
      const B = variant === 'good' ? 35 : variant === 'upright' ? -8 : 28;
      const K = variant === 'knees-bent' ? 42 : 2;
      set('body.bend', B); set('torso.bend', variant === 'upright' ? 0 : 18);
      for (const s of ['l', 'r']) { set(`${s}_leg.raise`, 90 + B + K * 0.5); set(`${s}_knee.bend`, K); set(`${s}_ankle.bend`, 0); }
      arms(variant === 'upright' ? 10 : 55 + B, 3, 5);
      return { joints: j, posture: 'seated-floor', workingSide: null, expectedInForm: variant === 'good' };
    }
    case 'lying-hamstring': {
      set('body.bend', -90); set('torso.bend', 0);
      set(`${w}_leg.raise`, 80); set(`${w}_knee.bend`, variant === 'raised-knee-bent' ? 60 : 2);
      set(`${o}_leg.raise`, 0); set(`${o}_knee.bend`, 2);
      set(`${w}_arm.raise`, 55); set(`${w}_elbow.bend`, 20); set(`${o}_arm.raise`, -5); set(`${o}_arm.straddle`, 10);
      return { joints: j, posture: 'supine', workingSide: side === 'l' ? 'left' : 'right', expectedInForm: variant === 'good' };
    }
    case 'elevated-leg': {
      const B = 30;
      set('body.bend', B); set('torso.bend', 5);
      set(`${o}_leg.raise`, B + (variant === 'standing-knee-bent' ? 19 : 0)); set(`${o}_knee.bend`, variant === 'standing-knee-bent' ? 38 : 2); set(`${o}_ankle.bend`, variant === 'standing-knee-bent' ? -19 : 0);
      set(`${w}_leg.raise`, 90 + B - (variant === 'raised-knee-bent' ? 25 : 0)); set(`${w}_knee.bend`, variant === 'raised-knee-bent' ? 45 : 2);
      arms(B + 30, 5, 10);
      return { joints: j, posture: 'standing', workingSide: side === 'l' ? 'left' : 'right', expectedInForm: variant === 'good', box: 'elevated' };
    }
    case 'seated-chair': {
      const B = 25;
      set('body.bend', B); set('torso.bend', 0);
      set(`${o}_leg.raise`, 90 + B); set(`${o}_knee.bend`, 90);
      // heel-lifted: the straight leg held level with the hip, the heel well off the floor.
      set(`${w}_leg.raise`, 90 + B - (variant === 'heel-lifted' ? 0 : 30)); set(`${w}_knee.bend`, variant === 'knee-bent' ? 50 : 3); set(`${w}_ankle.bend`, -20);
      arms(B + 40, 5, 15);
      return { joints: j, posture: 'seated-chair', workingSide: side === 'l' ? 'left' : 'right', expectedInForm: variant === 'good', box: 'chair' };
    }
  }
  throw new Error(stretch);
}
