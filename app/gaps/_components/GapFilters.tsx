import Link from 'next/link';
import type { Messages } from '@/lib/i18n';
import { GAP_SORTS, GAP_STATUS_FILTERS, type GapFilters as Filters } from '@/lib/report/gap-report';
import { GAP_TYPES } from '@/lib/domain/enums';

/** The filter form: a plain GET form, so filters live in the URL and paging stays on the server. */
export function GapFilters({
  filters,
  facets,
  m,
}: {
  filters: Filters;
  facets: {
    regions: Array<{ code: string; name: string }>;
    sectors: Array<{ id: string; name: string }>;
    owners: string[];
  };
  m: Messages['gaps'];
}) {
  return (
    <form method="get" action="/gaps" aria-labelledby="filters-title" data-testid="gap-filters">
      <h2 id="filters-title">{m.filters}</h2>
      <div className="grid">
        <p>
          <label htmlFor="f-type">{m.type}</label>
          <br />
          <select id="f-type" name="type" defaultValue={filters.type ?? ''}>
            <option value="">{m.all}</option>
            {GAP_TYPES.map((t) => (
              <option key={t} value={t}>
                {m[`ty_${t}`]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-region">{m.region}</label>
          <br />
          <select id="f-region" name="region" defaultValue={filters.region ?? ''}>
            <option value="">{m.all}</option>
            {facets.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} {r.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-sector">{m.sector}</label>
          <br />
          <select id="f-sector" name="sector" defaultValue={filters.sector ?? ''}>
            <option value="">{m.all}</option>
            {facets.sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-category">{m.category}</label>
          <br />
          <select id="f-category" name="category" defaultValue={filters.category ?? ''}>
            <option value="">{m.all}</option>
            <option value="A">A</option>
            <option value="B">B</option>
          </select>
        </p>
        <p>
          <label htmlFor="f-status">{m.status}</label>
          <br />
          <select id="f-status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{m.all}</option>
            {GAP_STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {m[`st_${s}`]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-owner">{m.owner}</label>
          <br />
          <input id="f-owner" name="owner" list="f-owners" defaultValue={filters.owner ?? ''} />
          <datalist id="f-owners">
            {facets.owners.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </p>
        <p>
          <label htmlFor="f-q">{m.search}</label>
          <br />
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ''} />
        </p>
        <p>
          <label htmlFor="f-sort">{m.sort}</label>
          <br />
          <select id="f-sort" name="sort" defaultValue={filters.sort ?? 'priority'}>
            {GAP_SORTS.map((s) => (
              <option key={s} value={s}>
                {m[`so_${s}`]}
              </option>
            ))}
          </select>{' '}
          <label htmlFor="f-dir" className="sr-only">
            {m.dir}
          </label>
          <select id="f-dir" name="dir" defaultValue={filters.dir ?? ''}>
            <option value="">–</option>
            <option value="asc">{m.asc}</option>
            <option value="desc">{m.desc}</option>
          </select>
        </p>
      </div>
      <p>
        <button type="submit" className="button" data-testid="apply-filters">
          {m.apply}
        </button>{' '}
        <Link href="/gaps">{m.reset}</Link>
      </p>
    </form>
  );
}
