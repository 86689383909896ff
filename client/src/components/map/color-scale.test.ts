import { describe, expect, test } from 'vitest';
import { classOf, MAP_CLASS_COLOURS, quantileClasses } from './color-scale';

describe('quantileClasses', () => {
  test('ten evenly spread values make five classes of two', () => {
    const classes = quantileClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(classes.map((item) => [item.from, item.to])).toEqual([
      [1, 3],
      [3, 5],
      [5, 7],
      [7, 9],
      [9, 10],
    ]);
    expect(classes.map((item) => item.colour)).toEqual([...MAP_CLASS_COLOURS]);
    expect(classOf(1, classes)?.from).toBe(1);
    expect(classOf(2.9, classes)?.from).toBe(1);
    expect(classOf(3, classes)?.from).toBe(3);
    expect(classOf(10, classes)?.from).toBe(9);
    expect(classOf(11, classes)).toBeNull();
  });

  test('repeated values collapse classes; colours still span the ramp', () => {
    const classes = quantileClasses([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(classes.map((item) => [item.from, item.to])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(classes.map((item) => item.colour)).toEqual([MAP_CLASS_COLOURS[0], MAP_CLASS_COLOURS[4]]);
  });

  test('no values, no classes; one value, one class', () => {
    expect(quantileClasses([])).toEqual([]);
    expect(quantileClasses([Number.NaN])).toEqual([]);
    expect(quantileClasses([3, 3])).toHaveLength(1);
  });
});
