import { validateDependencies } from '../analysis/cascade';
import {
  DEPENDENCY_KINDS,
  MAX_DEPENDENCY_HOURS,
  processDependency,
  type ProcessDependency,
} from '../domain/model';
import { scenarioText } from '../i18n/messages/scenario';
import { CsvError, parseCsv, toCsv } from '../io/csv';

// The dependencies between vital processes as CSV, in the columns of
// data/nl/vital_process_dependencies.csv: the export writes them, the import reads and checks
// every row (all or nothing). Pure: lib/dal/dependencies.ts does the reading and writing.

export const DEPENDENCY_COLUMNS = ['from_process', 'to_process', 'kind', 'hours', 'basis', 'source'] as const;
export const MAX_DEPENDENCY_ROWS = 2000;

export interface DependencyRowIssue {
  /** The row in a spreadsheet: the header is row 1, so the first dependency is row 2 (0: the whole file). */
  row: number;
  nl: string;
  en: string;
}

export function dependenciesToCsv(deps: readonly ProcessDependency[]): string {
  return toCsv(
    [...DEPENDENCY_COLUMNS],
    deps.map((d) => [d.fromId, d.toId, d.kind, d.hours, d.basis, d.source]),
  );
}

/**
 * Reads a dependency CSV (`,` or `;`, optional BOM). Every row is checked with zod (kind, hours,
 * source) and the whole list with validateDependencies (known processes, no self-dependency, no
 * duplicate, no cycle). Returns the dependencies, or every problem with its row and nothing else.
 */
export function parseDependencyCsv(
  text: string,
  processIds: ReadonlySet<string>,
): { ok: true; dependencies: ProcessDependency[] } | { ok: false; issues: DependencyRowIssue[] } {
  const fail = (issues: DependencyRowIssue[]) => ({ ok: false as const, issues });
  let rows;
  try {
    rows = parseCsv(text).filter((r) => r.fields.some((f) => f.trim() !== ''));
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return fail([{ row: 0, ...scenarioText('csvLine', { line: e.line, message: e.message }) }]);
  }
  const head = rows.shift();
  const header = (head?.fields ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(',') !== DEPENDENCY_COLUMNS.join(','))
    return fail([
      {
        row: 1,
        ...scenarioText('csvHeader', {
          expected: DEPENDENCY_COLUMNS.join(','),
          got: header.join(',') || '–',
        }),
      },
    ]);
  if (rows.length === 0) return fail([{ row: 0, ...scenarioText('csvEmpty') }]);
  if (rows.length > MAX_DEPENDENCY_ROWS)
    return fail([{ row: 0, ...scenarioText('csvTooMany', { max: MAX_DEPENDENCY_ROWS }) }]);

  const issues: DependencyRowIssue[] = [];
  const invalid = new Set<number>();
  // Index 0 stands for the header, so a list position is the spreadsheet row minus one.
  const list: ProcessDependency[] = [placeholder(1)];
  rows.forEach((r, i) => {
    const row = i + 2;
    const [fromId = '', toId = '', kind = '', hours = '', basis = '', source = ''] = r.fields.map((f) =>
      f.trim(),
    );
    const problems: DependencyRowIssue[] = [];
    if (!(DEPENDENCY_KINDS as readonly string[]).includes(kind))
      problems.push({
        row,
        ...scenarioText('csvKind', { row, kinds: DEPENDENCY_KINDS.join(', '), got: kind }),
      });
    const h = hours === '' ? null : Number(hours.replace(',', '.'));
    if (h !== null && !(Number.isFinite(h) && h >= 0 && h <= MAX_DEPENDENCY_HOURS))
      problems.push({ row, ...scenarioText('csvHours', { row, max: MAX_DEPENDENCY_HOURS, got: hours }) });
    if (source === '') problems.push({ row, ...scenarioText('csvSource', { row }) });
    const parsed = processDependency.safeParse({ fromId, toId, kind, hours: h, basis, source });
    if (problems.length === 0 && !parsed.success)
      for (const issue of parsed.error.issues.slice(0, 3)) {
        const message = `${issue.path.join('.')}: ${issue.message}`;
        problems.push({ row, ...scenarioText('csvRow', { row, message }) });
      }
    if (problems.length > 0 || !parsed.success) {
      issues.push(...problems);
      invalid.add(row);
      list.push(placeholder(row));
    } else list.push(parsed.data);
  });
  // Rows that failed above stand in as unique placeholders: the row numbers of the rest stay right.
  for (const issue of validateDependencies(list, processIds)) {
    if (issue.row === 1 || invalid.has(issue.row)) continue;
    if (issue.kind === 'unknown-process' && issue.processIds.some(isPlaceholder)) continue;
    issues.push({ row: issue.row, nl: issue.nl, en: issue.en });
  }
  if (issues.length > 0) return fail(issues.sort((a, b) => a.row - b.row));
  return { ok: true, dependencies: list.slice(1) };
}

const PLACEHOLDER = '\u0000';
const isPlaceholder = (id: string) => id.startsWith(PLACEHOLDER);
function placeholder(row: number): ProcessDependency {
  return {
    fromId: `${PLACEHOLDER}${row}a`,
    toId: `${PLACEHOLDER}${row}b`,
    kind: 'overig',
    hours: null,
    basis: '',
    source: '-',
  };
}
