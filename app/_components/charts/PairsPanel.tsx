'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { CellPair } from '@/lib/dal/overview';
import type { Messages } from '@/lib/i18n';
import styles from './charts.module.css';
import { date, type Lang } from './format';

/** The organisation pairs behind a matrix cell: realised or not, agreements, contacts, gaps. */
export function PairsPanel({
  title,
  regionHref,
  state,
  pairs,
  m,
  lang,
  onClose,
}: {
  title: string;
  regionHref: string;
  state: 'idle' | 'loading' | 'error' | 'done';
  pairs: CellPair[];
  m: Messages['overview'];
  lang: Lang;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section className={styles.panel} aria-labelledby="pairs-title" data-testid="pairs-panel">
      <h3 id="pairs-title" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <p>
        <Link href={regionHref}>{m.openRegion}</Link>{' '}
        <button type="button" className="button secondary" onClick={onClose}>
          {m.close}
        </button>
      </p>
      {state === 'loading' && <p role="status">{m.loadingPairs}</p>}
      {state === 'error' && <p role="alert">{m.pairsError}</p>}
      {state === 'done' && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{m.orgA}</th>
              <th scope="col">{m.orgB}</th>
              <th scope="col">{m.coverage}</th>
              <th scope="col">{m.agreements}</th>
              <th scope="col">{m.lastContact}</th>
              <th scope="col" className="num">
                {m.contactsInWindow}
              </th>
              <th scope="col">{m.gaps}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={p.linkId}>
                <td>
                  <Link href={`/organisatie/${encodeURIComponent(p.orgA.id)}`}>{p.orgA.name}</Link>
                </td>
                <td>
                  <Link href={`/organisatie/${encodeURIComponent(p.orgB.id)}`}>{p.orgB.name}</Link>
                </td>
                <td>{p.realised ? m.realised : m.notRealised}</td>
                <td>
                  {p.agreements.length
                    ? p.agreements.map((a) => `${a.title} (${a.status})`).join('; ')
                    : m.none}
                </td>
                <td>{p.lastContact ? date(p.lastContact, lang) : m.none}</td>
                <td className="num">{p.contactsInWindow}</td>
                <td>
                  {p.gaps.length
                    ? p.gaps.map((g) => (
                        <span key={g.id}>
                          <Link href={`/gaps/${encodeURIComponent(g.id)}`}>{g.type}</Link>{' '}
                          <span className={`badge ${g.priorityLevel}`}>{g.priorityLevel}</span>{' '}
                        </span>
                      ))
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
