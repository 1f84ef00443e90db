/**
 * Named errors of lib/analysis. Messages say which module complained and what it expected, so a
 * person reading them knows what to fix ("pagerank: alpha must be a number in [0, 1), got 1.2").
 */
export class AnalysisInputError extends Error {
  override readonly name = 'AnalysisInputError';
  constructor(
    readonly module: string,
    readonly expected: string,
    readonly got?: unknown,
  ) {
    super(`${module}: expected ${expected}${got === undefined ? '' : `, got ${describe(got)}`}`);
  }
}

/** A graph file that cannot be read: the one file-format error of lib/io, under its analysis name. */
export { FileFormatError as GraphFileError } from '../io/errors';

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value;
}

export function assertNumberInRange(
  module: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
  exclusiveMax = false,
): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    (exclusiveMax ? value < max : value <= max);
  if (!ok)
    throw new AnalysisInputError(
      module,
      `${name} to be a number in [${min}, ${max}${exclusiveMax ? ')' : ']'}`,
      value,
    );
  return value;
}

export function assertPositiveInteger(module: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new AnalysisInputError(module, `${name} to be a positive integer`, value);
  }
  return value;
}
