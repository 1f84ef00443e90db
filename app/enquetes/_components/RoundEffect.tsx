import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import type { Viewer } from '@/lib/auth/viewer';
import { getRoundEffect } from '@/lib/dal/survey-results';
import { fmt, type Locale, type Messages } from '@/lib/i18n';
import { formatPercent } from '@/lib/pdf/format';

/**
 * What a closed round did to today's analysis (a server component, streamed: the comparison with
 * the network without the round takes a second analysis the first time).
 */
export async function RoundEffect({
  viewer,
  roundId,
  m,
  gapTypes,
  locale,
}: {
  viewer: Viewer;
  roundId: string;
  m: Messages['survey'];
  gapTypes: Record<string, string>;
  locale: Locale;
}) {
  let effect;
  try {
    effect = await getRoundEffect(viewer, roundId);
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  if (!effect) return <p className="hint">{m.effectOpen}</p>;
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale));
  return (
    <>
      <p>{fmt(m.effectEvidence, { n: effect.evidence })}</p>
      <table className="data" data-testid="round-effect">
        <caption>{m.effectTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{m.effectMeasure}</th>
            <th scope="col">{m.effectWithout}</th>
            <th scope="col">{m.effectWith}</th>
          </tr>
        </thead>
        <tbody>
          <MeasureRow
            label="coverageAll"
            m={m}
            a={pct(effect.without.coverageAll)}
            b={pct(effect.with.coverageAll)}
          />
          <MeasureRow
            label="coverageA"
            m={m}
            a={pct(effect.without.coverageA)}
            b={pct(effect.with.coverageA)}
          />
          <MeasureRow
            label="crossChainDensity"
            m={m}
            a={pct(effect.without.crossChainDensity)}
            b={pct(effect.with.crossChainDensity)}
          />
          <tr>
            <th scope="row">{m.effectGaps}</th>
            <td>{effect.without.gaps}</td>
            <td data-testid="round-effect-gaps">{effect.with.gaps}</td>
          </tr>
        </tbody>
      </table>
      <h3>{m.effectClosed}</h3>
      {effect.closedGaps.length === 0 ? (
        <p>{m.effectClosedNone}</p>
      ) : (
        <ul data-testid="round-closed-gaps">
          {effect.closedGaps.map((g) => (
            <li key={g.id}>
              <Link href={`/gaps/${encodeURIComponent(g.id)}`}>{g.names.join(' – ')}</Link> (
              {gapTypes[`ty_${g.type}`] ?? g.type})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function MeasureRow({
  label,
  m,
  a,
  b,
}: {
  label: 'coverageAll' | 'coverageA' | 'crossChainDensity';
  m: Messages['survey'];
  a: string;
  b: string;
}) {
  return (
    <tr>
      <th scope="row">{m[`effect.${label}`]}</th>
      <td>{a}</td>
      <td>{b}</td>
    </tr>
  );
}
