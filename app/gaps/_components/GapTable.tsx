import Link from 'next/link';
import { date } from '@/app/_components/charts/format';
import type { Locale, Messages } from '@/lib/i18n';
import { statusFilterOf } from '@/lib/report/gap-report';
import type { ExportRow } from '@/lib/report/gap-export';

/** One page of the gap report. */
export function GapTable({ rows, m, lang }: { rows: ExportRow[]; m: Messages['gaps']; lang: Locale }) {
  return (
    <table className="data" data-testid="gap-table">
      <caption className="sr-only">{m.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.priority}</th>
          <th scope="col">{m.reach}</th>
          <th scope="col">{m.type}</th>
          <th scope="col">{m.organisations}</th>
          <th scope="col">{m.region}</th>
          <th scope="col">{m.sector}</th>
          <th scope="col">{m.process}</th>
          <th scope="col">{m.openSince}</th>
          <th scope="col">{m.introducer}</th>
          <th scope="col">{m.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-gap-id={r.id}>
            <td>
              {r.priorityLevel ? (
                <span className={`badge ${r.priorityLevel}`}>
                  {m[`lv_${r.priorityLevel}`]} {r.priority}
                </span>
              ) : (
                '–'
              )}
            </td>
            <td data-testid="gap-reach">{r.scenarioReach ?? '–'}</td>
            <td>
              <Link href={`/gaps/${encodeURIComponent(r.id)}`}>{m[`ty_${r.type}`]}</Link>
              <br />
              <small>{r.explanation[lang]}</small>
            </td>
            <td>{r.organisations.map((o) => o.name).join(' – ') || '–'}</td>
            <td>{r.regionName ?? '–'}</td>
            <td>{r.sectorName ?? '–'}</td>
            <td>
              {r.processes.map((p) => p.name).join(', ') || '–'} {r.category ? `(${r.category})` : ''}
            </td>
            <td>{r.openSince ? date(r.openSince, lang) : '–'}</td>
            <td>{r.introducer ? `${r.introducer.name} (${r.introducer.organisationName})` : '–'}</td>
            <td data-testid="gap-status">
              {m[`st_${statusFilterOf(r)}`]}
              {r.owner ? (
                <>
                  <br />
                  <small>
                    {r.owner}
                    {r.due ? `, ${date(r.due, lang)}` : ''}
                  </small>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
