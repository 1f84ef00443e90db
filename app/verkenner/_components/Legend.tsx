import type { LegendItem } from '@/lib/explorer/appearance';
import {
  MISSING_COLOR,
  REPORTED_CONFIRMED_COLOR,
  REPORTED_UNCONFIRMED_COLOR,
} from '@/lib/explorer/appearance';
import { fmt } from '@/lib/i18n/define';
import type { Messages } from '@/lib/i18n';

interface Props {
  items: LegendItem[];
  colorWhat: string;
  sizeWhat: string;
  showMissing: boolean;
  showReported: boolean;
  /** What the dashed lines are in this view. */
  missingText: string;
  m: Messages['explorer'];
}

/** Always says what colour and size mean, and what the dashed lines are. */
export function Legend({ items, colorWhat, sizeWhat, showMissing, showReported, missingText, m }: Props) {
  return (
    <section className="kv-legend" aria-label={m.legend} data-testid="explorer-legend">
      <h2 className="kv-legend-title">{m.legend}</h2>
      <p>{fmt(m.legendColor, { what: colorWhat })}</p>
      <ul>
        {items.map((i) => (
          <li key={`${i.color}-${i.label}`}>
            <span className="kv-swatch" style={{ background: i.color }} aria-hidden="true" />
            {i.label}
          </li>
        ))}
      </ul>
      <p>{fmt(m.legendSize, { what: sizeWhat })}</p>
      {showMissing && (
        <p className="kv-legend-missing">
          <svg width="28" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="27" y2="4" stroke={MISSING_COLOR} strokeWidth="2" strokeDasharray="6 4" />
          </svg>{' '}
          {missingText}
        </p>
      )}
      {showReported && (
        <>
          <p data-testid="legend-reported">
            <svg width="28" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="27" y2="4" stroke={REPORTED_CONFIRMED_COLOR} strokeWidth="2.5" />
            </svg>{' '}
            {m.legendConfirmed}
          </p>
          <p>
            <svg width="28" height="8" aria-hidden="true">
              <line
                x1="1"
                y1="4"
                x2="27"
                y2="4"
                stroke={REPORTED_UNCONFIRMED_COLOR}
                strokeWidth="1.5"
                strokeDasharray="2 4"
              />
            </svg>{' '}
            {m.legendUnconfirmed}
          </p>
        </>
      )}
    </section>
  );
}
