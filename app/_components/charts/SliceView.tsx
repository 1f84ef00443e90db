import Link from 'next/link';
import type { getSlice } from '@/lib/dal/overview';
import { fmt, type Locale, type Messages } from '@/lib/i18n';
import { coverageColourHex } from './colour';
import { ChartTable } from './ChartTable';
import styles from './charts.module.css';
import { date, num, pct } from './format';

type SliceData = Awaited<ReturnType<typeof getSlice>>;

/** Measures, koppelvlakken, people and coalitions of one region, sector or organisation. */
export function SliceView({
  data,
  m,
  g,
  lang,
  gapLink,
}: {
  data: SliceData;
  m: Messages['overview'];
  g: Messages['gaps'];
  lang: Locale;
  gapLink: string;
}) {
  const sectorName = new Map(data.sectors.map((s) => [s.id, s.name]));
  const label = (rec: Record<string, string>, prefix: string, k: string) => rec[`${prefix}${k}`] ?? k;
  return (
    <>
      <div className={styles.figureGrid}>
        <div className={styles.figureCard} data-testid="slice-coverage">
          <div className={styles.figureLabel}>{m.s_coverage}</div>
          <div className={styles.figureValue}>{pct(data.coverage.coverage, lang)}</div>
          <div className={styles.delta}>
            {fmt(m.s_realisedOf, { realised: data.coverage.realised, expected: data.coverage.expected })}
          </div>
        </div>
        <div className={styles.figureCard}>
          <div className={styles.figureLabel}>{m.s_coverageA}</div>
          <div className={styles.figureValue}>{pct(data.coverageA.coverage, lang)}</div>
          <div className={styles.delta}>
            {fmt(m.s_realisedOf, { realised: data.coverageA.realised, expected: data.coverageA.expected })}
          </div>
        </div>
        {data.showGaps && (
          <div className={styles.figureCard}>
            <div className={styles.figureLabel}>{m.s_gaps}</div>
            <div className={styles.figureValue}>
              {Object.values(data.gapsByType).reduce((a, b) => a + b, 0)}
            </div>
            <div className={styles.delta}>
              {Object.entries(data.gapsByLevel)
                .map(([k, v]) => `${label(g, 'lv_', k)}: ${v}`)
                .join(' · ')}{' '}
              <Link href={gapLink}>{m.s_openGapReport}</Link>
            </div>
          </div>
        )}
        {data.metrics && (
          <div className={styles.figureCard}>
            <div className={styles.figureLabel}>{m.s_metrics}</div>
            <div>
              {m.s_degree}: {data.metrics.degree}
            </div>
            <div>
              {m.s_betweenness}: {num(data.metrics.betweenness, lang, 3)}
            </div>
          </div>
        )}
      </div>
      {data.breakdown.length > 0 && (
        <section aria-labelledby="breakdown-title" className={styles.chartBox}>
          <h2 id="breakdown-title">{m.s_breakdown}</h2>
          <svg
            width="100%"
            viewBox={`0 0 460 ${data.breakdown.length * 22 + 4}`}
            role="img"
            aria-label={m.s_breakdown}
            style={{ maxWidth: 640 }}
          >
            {data.breakdown.map((b, i) => (
              <g key={b.key} transform={`translate(0,${i * 22})`}>
                <text x={150} y={15} textAnchor="end" fontSize={11} fill="#1b1f24">
                  {b.name}
                </text>
                <rect x={156} y={3} width={240} height={16} fill="#ffffff" stroke="#5f6b7a" />
                <rect
                  x={156}
                  y={3}
                  width={240 * (b.cell.coverage ?? 0)}
                  height={16}
                  fill={coverageColourHex(b.cell.coverage ?? 0)}
                />
                <text x={400} y={15} fontSize={11} fill="#1b1f24">
                  {pct(b.cell.coverage, lang)}
                </text>
              </g>
            ))}
          </svg>
          <ChartTable
            summary={m.tableAlt}
            caption={m.s_breakdown}
            head={['', m.coverage, m.expected, m.realised]}
            rows={data.breakdown.map((b) => [
              b.name,
              pct(b.cell.coverage, lang),
              b.cell.expected,
              b.cell.realised,
            ])}
          />
        </section>
      )}
      <section aria-labelledby="links-title">
        <h2 id="links-title">{m.s_links}</h2>
        {data.links.length === 0 ? (
          <p>{m.s_noLinks}</p>
        ) : (
          <table className="data" data-testid="slice-links">
            <thead>
              <tr>
                <th scope="col">{m.orgA}</th>
                <th scope="col">{m.orgB}</th>
                <th scope="col">{m.sector}</th>
                <th scope="col">{m.s_category}</th>
                <th scope="col">{m.s_criticality}</th>
                <th scope="col">{m.coverage}</th>
                <th scope="col">{m.agreements}</th>
                <th scope="col">{m.lastContact}</th>
              </tr>
            </thead>
            <tbody>
              {data.links.map((l) => (
                <tr key={l.id}>
                  <td>
                    <Link href={`/organisatie/${encodeURIComponent(l.orgA.id)}`}>{l.orgA.name}</Link>
                  </td>
                  <td>
                    <Link href={`/organisatie/${encodeURIComponent(l.orgB.id)}`}>{l.orgB.name}</Link>
                  </td>
                  <td>{l.sectorIds.map((s) => sectorName.get(s) ?? s).join(', ')}</td>
                  <td>{l.category}</td>
                  <td>{l.criticality}</td>
                  <td>{l.realised ? m.realised : m.notRealised}</td>
                  <td>{l.agreements.map((a) => `${a.title} (${a.status})`).join('; ') || m.none}</td>
                  <td>{l.lastContact ? date(l.lastContact, lang) : m.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className={styles.twoCol}>
        <section aria-labelledby="people-title">
          <h2 id="people-title">{m.s_people}</h2>
          {data.people.length === 0 ? (
            <p>{m.s_none}</p>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{m.s_people}</th>
                  <th scope="col">{m.s_role}</th>
                  <th scope="col">{m.s_organisation}</th>
                </tr>
              </thead>
              <tbody>
                {data.people.slice(0, 200).map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td>{p.role}</td>
                    <td>{p.organisationName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="coalitions-title">
          <h2 id="coalitions-title">{m.s_coalitions}</h2>
          {data.coalitions.length === 0 ? (
            <p>{m.s_none}</p>
          ) : (
            <ul>
              {data.coalitions.map((c) => (
                <li key={c.id}>
                  {c.name} ({c.form}, {c.active ? m.s_active : m.s_inactive})
                </li>
              ))}
            </ul>
          )}
          <h2>{m.s_organisations}</h2>
          <ul>
            {data.organisations.map((o) => (
              <li key={o.id}>
                <Link href={`/organisatie/${encodeURIComponent(o.id)}`}>{o.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
