'use client';
import type Graph from 'graphology';
import { useMemo, useState } from 'react';
import { CHAINS } from '@/lib/domain/enums';
import type { FilteredView } from '@/lib/explorer/filters';
import type { MissingSegment } from '@/lib/explorer/missing';
import type { ViewModel } from '@/lib/explorer/model';
import type { ExplorerPayload } from '@/lib/explorer/payload';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

type M = Messages['explorer'];
const LIMIT = 300;
type Col = 'name' | 'type' | 'chain' | 'sector' | 'degree' | 'betweenness';

interface Props {
  p: ExplorerPayload;
  model: ViewModel;
  graph: Graph;
  visible: FilteredView;
  missing: MissingSegment[];
  locale: 'nl' | 'en';
  m: M;
  onFocus: (key: string) => void;
}

/** The text alternative of the map: the same selection as a sortable table (WCAG 1.1.1). */
export function GraphTable({ p, model, graph, visible, missing, locale, m, onFocus }: Props) {
  const [sort, setSort] = useState<{ col: Col; asc: boolean }>({ col: 'degree', asc: false });
  const rows = useMemo(() => {
    const out = model.nodes
      .filter((n) => visible.nodes.has(n.key))
      .map((n) => {
        let degree = 0;
        if (graph.hasNode(n.key)) graph.forEachEdge(n.key, (e) => void (visible.edges.has(e) && degree++));
        const o = n.org;
        return {
          key: n.key,
          name: n.label,
          type: m[`type_${n.type}`],
          chain: o >= 0 ? m[`chain_${CHAINS[p.orgs.chain[o] ?? 0]!}`] : '',
          sector: o >= 0 ? (p.sectors.names[p.orgs.sector[o] ?? -1] ?? '') : '',
          degree,
          betweenness: n.type === 'organisatie' ? (p.orgs.betweenness[o] ?? 0) : 0,
        };
      });
    const dir = sort.asc ? 1 : -1;
    out.sort((a, b) => {
      const x = a[sort.col];
      const y = b[sort.col];
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
      return dir * c || a.name.localeCompare(b.name, locale);
    });
    return out;
  }, [model, graph, visible, p, m, sort, locale]);

  const header = (col: Col, label: string, num = false) => (
    <th
      scope="col"
      className={num ? 'num' : undefined}
      aria-sort={sort.col === col ? (sort.asc ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="linklike"
        onClick={() => setSort((s) => ({ col, asc: s.col === col ? !s.asc : !num }))}
        aria-label={fmt(m.sortBy, { col: label })}
      >
        {label}
      </button>
    </th>
  );
  const gapOf = (i: number) => p.missing.gap[i] ?? -1;
  return (
    <details className="kv-table" data-testid="explorer-table">
      <summary>{m.tableTitle}</summary>
      <table className="data">
        <thead>
          <tr>
            {header('name', m.tableName)}
            {header('type', m.tableType)}
            {header('chain', m.tableChain)}
            {header('sector', m.tableSector)}
            {header('degree', m.tableDegree, true)}
            {header('betweenness', m.tableBetweenness, true)}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, LIMIT).map((r) => (
            <tr key={r.key}>
              <td>
                <button type="button" className="linklike" onClick={() => onFocus(r.key)}>
                  {r.name}
                </button>
              </td>
              <td>{r.type}</td>
              <td>{r.chain}</td>
              <td>{r.sector}</td>
              <td className="num">{r.degree}</td>
              <td className="num">{r.betweenness.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > LIMIT && <p>{fmt(m.tableMore, { shown: LIMIT, total: rows.length })}</p>}
      {missing.length > 0 && (
        <>
          <h3>{m.missingTable}</h3>
          <table className="data" data-testid="missing-table">
            <thead>
              <tr>
                <th scope="col">{m.between}</th>
                <th scope="col">{m.gapType}</th>
                <th scope="col">{m.explanation}</th>
              </tr>
            </thead>
            <tbody>
              {missing.slice(0, LIMIT).map(({ index: i, contacts }) => {
                const g = gapOf(i);
                return (
                  <tr key={i}>
                    <td>
                      {p.orgs.names[p.missing.a[i]!]} – {p.orgs.names[p.missing.b[i]!]}
                      {contacts && (
                        <>
                          <br />
                          <small>
                            {p.people.names[contacts[0]]} – {p.people.names[contacts[1]]}
                          </small>
                        </>
                      )}
                    </td>
                    <td>
                      {g >= 0
                        ? `${m[`gap_${p.gaps.type[g]!}`]} (${fmt(m.priority, { p: p.gaps.priority[g]!, level: p.gaps.level[g]! })})`
                        : '—'}
                    </td>
                    <td>
                      {g >= 0 ? p.gaps.text[g] : ''}{' '}
                      {g >= 0 && p.can.gapsRead && (
                        <a href={`/gaps?gap=${encodeURIComponent(p.gaps.ids[g]!)}`}>{m.openGap}</a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </details>
  );
}
