import { validateDependencies } from '../analysis/cascade';
import { recordAudit } from '../audit/record';
import { assertCan } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import type { ProcessDependency } from '../domain/model';
import { dependencyEditInput } from '../domain/scenario';
import { ConflictError, ValidationError, zodIssuesToText } from '../errors';
import { scenarioText } from '../i18n/messages/scenario';
import { dependenciesToCsv, parseDependencyCsv } from '../import/dependencies';
import { today } from './network';

// The regisseur keeps the dependencies between vital processes: each change is checked (known
// processes, no self-dependency, no cycle), versioned and audited in the same transaction.

export type DependencyRow = ProcessDependency & { version: number };

/** Every dependency with its version (for the edit form); readable by whoever may read the network. */
export async function listDependencies(viewer: Viewer): Promise<DependencyRow[]> {
  assertCan(viewer, 'network:read');
  return runQuery('get-process-dependencies', {});
}

async function check(next: ProcessDependency[]) {
  const processes = await runQuery('get-processes', {});
  const issues = validateDependencies(next, new Set(processes.map((p) => p.id))).filter(
    (i) => i.kind !== 'duplicate',
  );
  const first = issues[0];
  if (first) throw new ValidationError({ nl: first.nl, en: first.en }, issues);
}

const stale = () => new ConflictError(scenarioText('dependencyStale'));

/** Creates (expectedVersion 0) or updates one dependency. */
export async function saveDependency(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'dependency:write');
  const parsed = dependencyEditInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const { expectedVersion, ...dep } = parsed.data;
  const current = await runQuery('get-process-dependencies', {});
  const before = current.find((d) => d.fromId === dep.fromId && d.toId === dep.toId) ?? null;
  await check([...current.filter((d) => d !== before).map(({ version: _v, ...rest }) => rest), dep]);
  return withWriteTransaction(async (tx) => {
    const [row] = await runQuery(
      'upsert-process-dependency-versioned',
      { ...dep, date: today(), expectedVersion },
      { tx },
    );
    if (!row) throw stale();
    await recordAudit(
      viewer,
      {
        action: before ? 'dependency.update' : 'dependency.create',
        entityType: 'ProcessDependency',
        entityId: `${dep.fromId}>${dep.toId}`,
        before,
        after: { ...dep, version: row.version },
        ip,
      },
      tx,
    );
    return row;
  });
}

export async function deleteDependency(viewer: Viewer, input: unknown, ip: string | null = null) {
  assertCan(viewer, 'dependency:write');
  const parsed = dependencyEditInput
    .pick({ fromId: true, toId: true, expectedVersion: true })
    .safeParse(input);
  if (!parsed.success) throw new ValidationError(zodIssuesToText(parsed.error.issues));
  const v = parsed.data;
  return withWriteTransaction(async (tx) => {
    const [row] = await runQuery('delete-process-dependency', v, { tx });
    if (!row) throw stale();
    await recordAudit(
      viewer,
      {
        action: 'dependency.delete',
        entityType: 'ProcessDependency',
        entityId: `${v.fromId}>${v.toId}`,
        before: v,
        ip,
      },
      tx,
    );
    return row;
  });
}

/** The dependencies as CSV in the columns of data/nl/vital_process_dependencies.csv; audited as an export. */
export async function exportDependencies(viewer: Viewer, ip: string | null = null): Promise<string> {
  assertCan(viewer, 'export:data');
  const rows = await runQuery('get-process-dependencies', {});
  await recordAudit(viewer, {
    action: 'export.dependencies',
    entityType: 'ProcessDependency',
    entityId: null,
    after: { rows: rows.length },
    ip,
  });
  return dependenciesToCsv(rows.map(({ version: _v, ...d }) => d));
}

/**
 * Replaces every dependency with the rows of a CSV file, all or nothing: one bad row (or a cycle)
 * and nothing is written; the ValidationError's details list every problem by row.
 */
export async function importDependencies(viewer: Viewer, csv: string, ip: string | null = null) {
  assertCan(viewer, 'dependency:write');
  if (csv.trim() === '') throw new ValidationError(scenarioText('csvNoFile'));
  const processes = await runQuery('get-processes', {});
  const parsed = parseDependencyCsv(csv, new Set(processes.map((p) => p.id)));
  if (!parsed.ok) {
    const failed = scenarioText('depImportFailed');
    const first = parsed.issues[0]!;
    const text = { nl: failed.nl, en: failed.en };
    text.nl += ` ${first.nl}`;
    text.en += ` ${first.en}`;
    throw new ValidationError(text, parsed.issues);
  }
  const before = await runQuery('get-process-dependencies', {});
  return withWriteTransaction(async (tx) => {
    const [r] = await runQuery(
      'replace-process-dependencies',
      { rows: parsed.dependencies, date: today() },
      { tx },
    );
    const result = { rows: parsed.dependencies.length, changed: r?.changed ?? 0, removed: r?.removed ?? 0 };
    await recordAudit(
      viewer,
      {
        action: 'dependency.import',
        entityType: 'ProcessDependency',
        entityId: null,
        before: { rows: before.length, keys: before.map((d) => `${d.fromId}>${d.toId}`) },
        after: { ...result, keys: parsed.dependencies.map((d) => `${d.fromId}>${d.toId}`) },
        ip,
      },
      tx,
    );
    return result;
  });
}
