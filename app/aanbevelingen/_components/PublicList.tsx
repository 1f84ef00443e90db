import { date } from '@/app/_components/charts/format';
import { stageLabel } from '@/lib/domain/recommendation';
import type { PublicRecommendation } from '@/lib/dal/recommendations';
import { fmt, type Messages } from '@/lib/i18n';

/** The open part: adopted recommendations without names of people or coalitions. */
export function PublicList({
  items,
  m,
  lang,
}: {
  items: PublicRecommendation[];
  m: Messages['recommendations'];
  lang: 'nl' | 'en';
}) {
  return (
    <section aria-labelledby="adopted-title" data-testid="adopted-recommendations">
      <h2 id="adopted-title">{m.publicTitle}</h2>
      <p>{m.publicIntro}</p>
      {items.length === 0 ? <p>{m.noneAdopted}</p> : null}
      <ul className="cards">
        {items.map((r) => (
          <li key={r.id}>
            <h3>{r.title}</h3>
            <p>
              <strong>{stageLabel(r.stage, lang)}</strong>
              {r.adoptedAt
                ? ` — ${fmt(m.adoptedBy, { bodies: r.bodies.join(', '), date: date(r.adoptedAt, lang) })}`
                : ''}
            </p>
            <p>
              {m.problem}: {r.problem}
            </p>
            <p>
              {m.proposal}: {r.proposal}
            </p>
            {r.documentTitle ? <p>{fmt(m.followedBy, { title: r.documentTitle })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
