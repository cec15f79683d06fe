/**
 * Other models' opinions on a still (a photo), in the order measured to help (README, "A second
 * opinion on stills"): the other model family when the first reading does not credit the stretch,
 * is not in its posture or has a leg of impossible proportions; then, if the reading is still not
 * in the stretch's posture, a model that sees everyone (a helper in view). The more plausible
 * reading is kept each time (`preferReading`). A credit is checked by the other family too, and
 * stands unless that one sees a knee plainly bent (`refutation`). Shared by the app's photos
 * and `npm run analyze`; how a model is asked (a worker, a still) is the caller's. No DOM, no tfjs.
 */
import { preferReading, refutation, worthASecondOpinion, type Reading, type Refutation } from '../core/analysis/plausibility';
import type { StretchDefinition } from '../core/stretches/types';
import { PEOPLE_OPINION_MODEL, secondOpinionModel } from './model-choice';
import type { ModelId } from './models';

/** Which model was asked, and whose reading stood. */
export interface Opinion {
  readonly model: ModelId;
  readonly kept: 'first' | 'second';
}

export interface Opinions<R extends Reading> {
  /** The reading that stood: the first, or one of the others. */
  readonly reading: R;
  readonly opinion?: Opinion;
  readonly peopleOpinion?: Opinion;
  /** The credit the standing reading refuted: its report is to say so (the session's `still-refuted`). */
  readonly refuted?: Refutation;
}

/**
 * The reading to believe, asking other models only where they could change it. `ask` reads the
 * same still with another model; undefined means it could not (superseded, failed), and the
 * readings so far stand.
 */
export async function withOpinions<R extends Reading>(first: R, firstModel: ModelId, stretch: StretchDefinition, ask: (model: ModelId) => Promise<R | undefined>): Promise<Opinions<R>> {
  const other = secondOpinionModel(firstModel);
  const second = await ask(other);
  if (!second) return { reading: first };
  // A credit is only checked (it stands unless refuted below); anything else is weighed against the other reading.
  let kept = worthASecondOpinion(first, stretch) ? preferReading(first, second, stretch) : 'first';
  // Whichever stands, a credit the other reading plainly refutes does not: the refuting reading
  // stands, and the caller has it say what it saw wrong (`asRefuted`, through the session).
  const refuted = kept === 'first' ? refutation(first, second, stretch) : refutation(second, first, stretch);
  if (refuted) {
    kept = kept === 'first' ? 'second' : 'first';
    return { reading: kept === 'second' ? second : first, opinion: { model: other, kept }, refuted };
  }
  const reading = kept === 'second' ? second : first;
  const opinion = { model: other, kept };
  if (reading.report.posture === stretch.posture || firstModel === PEOPLE_OPINION_MODEL) return { reading, opinion };
  const people = await ask(PEOPLE_OPINION_MODEL);
  if (!people) return { reading, opinion };
  const keptPeople = preferReading(reading, people, stretch);
  return { reading: keptPeople === 'second' ? people : reading, opinion, peopleOpinion: { model: PEOPLE_OPINION_MODEL, kept: keptPeople } };
}
