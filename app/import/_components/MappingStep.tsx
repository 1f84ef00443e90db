'use client';

import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';
import type { Inspection } from '@/lib/dal/import-mapping';

export type FieldChoice = { key: string; label: string };
export type Mapping = { kind: string | null; columns: (string | null)[] };

/** One table of the upload: its kind, the field of each column (editable) and the preview rows. */
export function MappingStep({
  t,
  inspection,
  mappings,
  kinds,
  fields,
  onChange,
}: {
  t: Messages['importing'];
  inspection: Inspection;
  mappings: Mapping[];
  kinds: FieldChoice[];
  fields: Record<string, FieldChoice[]>;
  onChange: (index: number, mapping: Mapping) => void;
}) {
  return (
    <section aria-labelledby="mapping-h" data-testid="import-mapping">
      <h3 id="mapping-h">{t.mappingTitle}</h3>
      <p>{t.mappingIntro}</p>
      {inspection.tables.map((table, ti) => {
        const m = mappings[ti] ?? { kind: table.kind, columns: table.columns };
        const where = table.sheet ? `${table.file} / ${table.sheet}` : table.file;
        const choices = m.kind ? (fields[m.kind] ?? []) : [];
        return (
          <div key={ti}>
            <p>
              <label htmlFor={`map-kind-${ti}`}>{fmt(t.mappingTable, { file: where })}</label>{' '}
              <select
                id={`map-kind-${ti}`}
                value={m.kind ?? ''}
                onChange={(e) =>
                  onChange(ti, { kind: e.target.value || null, columns: table.header.map(() => null) })
                }
              >
                <option value="">{t.entityAuto}</option>
                {kinds.map((k) => (
                  <option key={k.key} value={k.key}>
                    {k.label}
                  </option>
                ))}
              </select>{' '}
              <small data-testid="mapping-source">
                {table.source === 'saved'
                  ? fmt(t.mappingSource_saved, { name: table.savedName ?? '' })
                  : t[`mappingSource_${table.source}`]}
              </small>
            </p>
            <div className="table-scroll">
              <table className="data">
                <caption>{fmt(t.mappingPreview, { n: table.preview.length, rows: table.rows })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.mappingRow}</th>
                    {table.header.map((h, ci) => (
                      <th scope="col" key={ci}>
                        {h}
                        <br />
                        <select
                          aria-label={fmt(t.mappingField, { column: h })}
                          data-testid={`map-col-${ci}`}
                          value={m.columns[ci] ?? ''}
                          onChange={(e) => {
                            const columns = [...m.columns];
                            columns[ci] = e.target.value || null;
                            onChange(ti, { kind: m.kind, columns });
                          }}
                        >
                          <option value="">{t.mappingSkip}</option>
                          {choices.map((f) => (
                            <option key={f.key} value={f.key}>
                              {f.label}
                            </option>
                          ))}
                        </select>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.preview.map((r) => (
                    <tr key={r.row}>
                      <th scope="row">{r.row}</th>
                      {r.cells.map((c, ci) => (
                        <td key={ci}>
                          {c.problem ? (
                            <span className="alert-text">
                              {c.value} — {c.problem}
                            </span>
                          ) : (
                            c.value
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}
