'use client';

import type { Confirmation } from '@/lib/import/contact-list';
import type { Messages } from '@/lib/i18n';
import { fmt } from '@/lib/i18n/define';

/** Names close to an existing organisation: the user says which it is; nothing merges by itself. */
export function Confirmations({
  t,
  items,
  decisions,
  onDecide,
}: {
  t: Messages['importing'];
  items: Confirmation[];
  decisions: Record<string, string>;
  onDecide: (key: string, value: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="confirm-h" data-testid="import-confirmations">
      <h3 id="confirm-h">{t.confirmTitle}</h3>
      <p>{t.confirmIntro}</p>
      {items.map((c) => (
        <fieldset key={c.key}>
          <legend>{fmt(t.confirmLegend, { row: c.row, name: c.name })}</legend>
          {[
            ...c.candidates.map((x) => ({ value: x.id, label: fmt(t.confirmSame, { name: x.name }) })),
            {
              value: 'new',
              label: fmt(t.confirmNew, { name: c.name }),
            },
          ].map((o) => (
            <p key={o.value}>
              <label>
                <input
                  type="radio"
                  name={`confirm-${c.key}`}
                  value={o.value}
                  checked={decisions[c.key] === o.value}
                  onChange={() => onDecide(c.key, o.value)}
                />{' '}
                {o.label}
              </label>
            </p>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
