import { fmt, type Locale } from '../i18n/define';
import { importing } from '../i18n/messages/importing';

// A problem found in an uploaded file, by file, sheet, row and column, with the value found.
// It is kept as a code with parameters and put into words only for the reader (Dutch or English,
// never the validator's own text): see lib/i18n/messages/importing.ts, keys p_<code>.

export const PROBLEM_CODES = [
  'table',
  'columnRequired',
  'required',
  'date',
  'bool',
  'int',
  'enum',
  'email',
  'formula',
  'region',
  'ref',
  'unique',
  'duplicate',
  'nearMatch',
  'parties',
  'conflict',
  'tooLong',
  'invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type Params = Record<string, string | number>;

export interface Problem {
  file: string;
  sheet: string | null;
  /** 1-based row in the file or sheet (1 = header row). */
  row: number;
  column: string | null;
  got: string;
  code: ProblemCode;
  params: Params;
  /** What was expected, in the reader's language (filled by describeProblems). */
  expected: string;
}

export const WARNING_CODES = ['unknownColumns'] as const;
export interface Warning {
  file: string;
  sheet: string | null;
  code: (typeof WARNING_CODES)[number];
  params: Params;
  /** In the reader's language (filled by describeProblems). */
  text: string;
}

export function problem(p: Omit<Problem, 'expected' | 'params'> & { params?: Params }): Problem {
  return { ...p, params: p.params ?? {}, expected: '' };
}

/** Puts problems and warnings into words in one language. */
export function describeProblems<T extends { problems: Problem[]; warnings: Warning[] }>(
  report: T,
  locale: Locale,
): T {
  const m = importing[locale];
  return {
    ...report,
    problems: report.problems.map((p) => ({ ...p, expected: fmt(m[`p_${p.code}`], p.params) })),
    warnings: report.warnings.map((w) => ({ ...w, text: fmt(m[`w_${w.code}`], w.params) })),
  };
}
