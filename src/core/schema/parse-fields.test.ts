import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldsSchema, parseFields } from './parse-fields';

const Schema = fieldsSchema(
  {
    name: v.optional(v.string('a name is text')),
    count: v.optional(v.pipe(v.number('a count is a number'), v.integer('a count is whole'), v.minValue(1, 'a count is at least 1'))),
    dose: v.optional(v.object({ holdS: v.number('a hold is a number of seconds') }, 'a dose is a group of values')),
  },
  'not readable',
);

describe('parseFields', () => {
  it('keeps every valid field and drops each invalid one, reporting all at once', () => {
    const { output, problems } = parseFields(Schema, { name: 'Ann', count: 'three', dose: { holdS: 'long' }, extra: 1 });
    expect(output).toEqual({ name: 'Ann' });
    expect(problems).toEqual([
      { path: 'count', value: 'three', reason: 'a count is a number' },
      { path: 'dose.holdS', value: 'long', reason: 'a hold is a number of seconds' },
    ]);
  });

  it('reports one problem per place, the first found', () => {
    // 0.5 is neither whole nor at least 1: one message for "count", not two.
    expect(parseFields(Schema, { count: 0.5 }).problems).toEqual([{ path: 'count', value: 0.5, reason: 'a count is whole' }]);
  });

  it('gives no output, and one problem for the whole, when the input is not a set of fields', () => {
    for (const input of ['text', 3, [1], null]) {
      expect(parseFields(Schema, input)).toEqual({ output: undefined, problems: [{ path: '', value: input, reason: 'not readable' }] });
    }
  });

  it('passes valid input through untouched', () => {
    expect(parseFields(Schema, { name: 'Bo', count: 2 })).toEqual({ output: { name: 'Bo', count: 2 }, problems: [] });
  });
});
