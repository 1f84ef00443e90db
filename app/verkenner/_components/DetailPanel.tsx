'use client';
import type { ReactNode } from 'react';
import { AGREEMENT_STATUSES, CHAINS, CRITICALITIES, ORG_KINDS } from '@/lib/domain/enums';
import { entityOf } from '@/lib/explorer/model';
import type { ExplorerPayload } from '@/lib/explorer/payload';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

type M = Messages['explorer'];
interface Props {
  p: ExplorerPayload;
  focus: string;
  m: M;
  onFocus: (key: string) => void;
  onClose: () => void;
}

const List = ({ items, m }: { items: ReactNode[]; m: M }) =>
  items.length ? <ul>{items}</ul> : <p>{m.nothing}</p>;

function Item({ k, label, onFocus }: { k: string; label: string; onFocus: (key: string) => void }) {
  return (
    <li>
      <button type="button" className="linklike" onClick={() => onFocus(k)}>
        {label}
      </button>
    </li>
  );
}

function OrgDetail({
  p,
  o,
  m,
  onFocus,
}: {
  p: ExplorerPayload;
  o: number;
  m: M;
  onFocus: (k: string) => void;
}) {
  const sector = p.orgs.sector[o] ?? -1;
  const chain = CHAINS[p.orgs.chain[o] ?? 0]!;
  const people = p.people.org.flatMap((x, i) => (x === o ? [i] : []));
  const coalitions = p.coalitions.orgs.flatMap((os, c) => (os.includes(o) ? [c] : []));
  const agreements = p.agreements.parties.flatMap((ps, a) => (ps.includes(o) ? [a] : []));
  const kvs = p.koppelvlakken.ids.flatMap((_, k) =>
    p.koppelvlakken.from[k] === o || p.koppelvlakken.to[k] === o ? [k] : [],
  );
  const gaps = p.gaps.orgs.flatMap((os, g) => (os.includes(o) ? [g] : []));
  const cov = p.orgs.coverage[o] ?? -1;
  const id = p.orgs.ids[o]!;
  return (
    <>
      <dl className="kv-dl">
        <dt>{m.kind}</dt>
        <dd>{m[`kind_${ORG_KINDS[p.orgs.kind[o] ?? 3]!}`]}</dd>
        <dt>{m.chain}</dt>
        <dd>{m[`chain_${chain}`]}</dd>
        <dt>{m.sector}</dt>
        <dd>{sector >= 0 ? p.sectors.names[sector] : '—'}</dd>
        <dt>{m.regions}</dt>
        <dd>{(p.orgs.regions[o] ?? []).map((r) => p.regions.names[r]).join(', ') || '—'}</dd>
      </dl>
      <p>
        <a href={`/organisatie/${encodeURIComponent(id)}`}>{p.can.editNetwork ? m.edit : m.open}</a>
      </p>
      <h3>{m.metrics}</h3>
      <dl className="kv-dl">
        <dt>{m.degree}</dt>
        <dd>{p.orgs.degree[o]}</dd>
        <dt>{m.betweenness}</dt>
        <dd>{(p.orgs.betweenness[o] ?? 0).toFixed(3)}</dd>
        <dt>{m.ei}</dt>
        <dd>{(p.orgs.ei[o] ?? 0).toFixed(2)}</dd>
        <dt>{m.coverage}</dt>
        <dd>{cov < 0 ? '—' : `${Math.round(cov * 100)}%`}</dd>
        <dt>{m.community}</dt>
        <dd>{(p.orgs.community[o] ?? -1) + 1 || '—'}</dd>
      </dl>
      <h3>{m.people}</h3>
      <List
        m={m}
        items={people.map((i) => (
          <Item
            key={i}
            k={p.people.ids[i]!}
            label={`${p.people.names[i]} — ${p.people.roles[p.people.role[i] ?? -1] ?? ''}`}
            onFocus={onFocus}
          />
        ))}
      />
      <h3>{m.coalitions}</h3>
      <List
        m={m}
        items={coalitions.map((c) => (
          <Item key={c} k={p.coalitions.ids[c]!} label={p.coalitions.names[c]!} onFocus={onFocus} />
        ))}
      />
      <h3>{m.agreements}</h3>
      <List
        m={m}
        items={agreements.map((a) => (
          <li key={a}>
            {p.agreements.titles[a]} — {m[`status_${AGREEMENT_STATUSES[p.agreements.status[a] ?? 0]!}`]}
            {p.agreements.signedAt[a] ? `, ${fmt(m.signed, { date: p.agreements.signedAt[a]! })}` : ''}
            {p.agreements.expiresAt[a] ? `, ${fmt(m.expires, { date: p.agreements.expiresAt[a]! })}` : ''}
          </li>
        ))}
      />
      <h3>{m.koppelvlakken}</h3>
      <List
        m={m}
        items={kvs.map((k) => {
          const other = p.koppelvlakken.from[k] === o ? p.koppelvlakken.to[k]! : p.koppelvlakken.from[k]!;
          return (
            <li key={k} data-kv={p.koppelvlakken.ids[k]}>
              {p.orgs.names[other]} · {p.processes.names[p.koppelvlakken.process[k] ?? -1] ?? '—'} ·{' '}
              {CRITICALITIES[p.koppelvlakken.crit[k] ?? 0]}
              {p.koppelvlakken.confidential[k] ? ` · ${m.confidential}` : ''}
            </li>
          );
        })}
      />
      <h3>{m.openGaps}</h3>
      <List
        m={m}
        items={gaps.map((g) => (
          <li key={g}>
            <span className={`badge ${p.gaps.level[g]}`}>{m[`gap_${p.gaps.type[g]!}`]}</span> {p.gaps.text[g]}{' '}
            {p.can.gapsRead && <a href={`/gaps?gap=${encodeURIComponent(p.gaps.ids[g]!)}`}>{m.openGap}</a>}
          </li>
        ))}
      />
    </>
  );
}

export function DetailPanel({ p, focus, m, onFocus, onClose }: Props) {
  const e = entityOf(p, focus);
  if (!e) return null;
  const name =
    e.type === 'organisatie'
      ? p.orgs.names[e.index]
      : e.type === 'persoon'
        ? p.people.names[e.index]
        : p.coalitions.names[e.index];
  return (
    <aside className="kv-detail" aria-labelledby="kv-detail-title" data-testid="detail-panel">
      <div className="kv-detail-head">
        <h2 id="kv-detail-title">{name}</h2>
        <button type="button" className="secondary" onClick={onClose} aria-label={m.closeDetails}>
          ×
        </button>
      </div>
      <p className="kv-kind">{m[`type_${e.type}`]}</p>
      {e.type === 'organisatie' && <OrgDetail p={p} o={e.index} m={m} onFocus={onFocus} />}
      {e.type === 'persoon' && (
        <dl className="kv-dl">
          <dt>{m.organisation}</dt>
          <dd>
            <button
              type="button"
              className="linklike"
              onClick={() => onFocus(p.orgs.ids[p.people.org[e.index] ?? -1] ?? '')}
            >
              {p.orgs.names[p.people.org[e.index] ?? -1] ?? '—'}
            </button>
          </dd>
          <dt>{m.role}</dt>
          <dd>{p.people.roles[p.people.role[e.index] ?? -1]}</dd>
          <dt>{m.coalitions}</dt>
          <dd>
            {p.coalitions.members
              .flatMap((ms, c) => (ms.includes(e.index) ? [p.coalitions.names[c]] : []))
              .join(', ') || '—'}
          </dd>
        </dl>
      )}
      {e.type === 'coalitie' && (
        <>
          <dl className="kv-dl">
            <dt>{m.form}</dt>
            <dd>{p.coalitions.form[e.index]}</dd>
            <dt>{m.active}</dt>
            <dd>{p.coalitions.active[e.index] ? m.yes : m.no}</dd>
          </dl>
          <h3>{m.organisations}</h3>
          <List
            m={m}
            items={(p.coalitions.orgs[e.index] ?? []).map((o) => (
              <Item key={o} k={p.orgs.ids[o]!} label={p.orgs.names[o]!} onFocus={onFocus} />
            ))}
          />
          <h3>{m.members}</h3>
          <List
            m={m}
            items={(p.coalitions.members[e.index] ?? []).map((i) => (
              <Item key={i} k={p.people.ids[i]!} label={p.people.names[i]!} onFocus={onFocus} />
            ))}
          />
        </>
      )}
    </aside>
  );
}
