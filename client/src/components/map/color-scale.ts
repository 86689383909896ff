/**
 * A sequential colour scale in classes (easier to read off a legend than a continuous ramp).
 * Blues from ColorBrewer: ordered by lightness, so they read in greyscale and for colour-blind readers.
 */
export const MAP_CLASS_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const MAP_NO_VALUE_COLOUR = '#f3f4f6';

export interface ColourClass {
  from: number;
  to: number;
  colour: string;
}

/** Equal-count (quantile) classes over the values; fewer classes when there are few distinct values. */
export function quantileClasses(values: ReadonlyArray<number>, classCount = MAP_CLASS_COLOURS.length): ColourClass[] {
  const sorted = [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  if (first === last) return [{ from: first, to: last, colour: MAP_CLASS_COLOURS[MAP_CLASS_COLOURS.length - 1] ?? '#08519c' }];
  // Class starts: the first value and each quantile cut above the previous start.
  const starts: number[] = [first];
  for (let index = 1; index < classCount; index += 1) {
    const cut = sorted[Math.floor((index * sorted.length) / classCount)] ?? last;
    if (cut > (starts[starts.length - 1] ?? first)) starts.push(cut);
  }
  // Each class runs to the next one's start; the last to the largest value (a single value if equal).
  const classes: ColourClass[] = starts.map((from, index) => ({ from, to: starts[index + 1] ?? last, colour: '' }));
  // Spread the used colours over the whole ramp so two classes still differ clearly.
  const step = classes.length > 1 ? (MAP_CLASS_COLOURS.length - 1) / (classes.length - 1) : 0;
  return classes.map((item, index) => ({ ...item, colour: MAP_CLASS_COLOURS[Math.round(index * step)] ?? '#08519c' }));
}

/** The class a value falls in: classes are [from, to) except the last, which includes its end. */
export function classOf(value: number, classes: ReadonlyArray<ColourClass>): ColourClass | null {
  for (let index = 0; index < classes.length; index += 1) {
    const item = classes[index];
    if (!item) continue;
    const isLast = index === classes.length - 1;
    if (value >= item.from && (value < item.to || (isLast && value <= item.to))) return item;
  }
  return null;
}
