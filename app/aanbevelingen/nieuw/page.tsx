import Link from 'next/link';
import { DataErrorNotice } from '@/app/_components/DataErrorNotice';
import { viewerForPage } from '@/lib/auth/page-guard';
import { ForbiddenError } from '@/lib/errors';
import { proposalOptions } from '@/lib/dal/recommendations';
import { getMessages } from '@/lib/i18n';
import { RecommendationForm } from '../_components/RecommendationForm';

export const dynamic = 'force-dynamic';

/** Propose a recommendation; `?review=<id>` starts from that review's blocker (linked, not copied). */
export default async function NewRecommendationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, m } = await getMessages();
  const t = m.recommendations;
  const sp = await searchParams;
  const review = typeof sp.review === 'string' ? sp.review.slice(0, 120) : '';
  try {
    const { viewer, allowed } = await viewerForPage('recommendation:propose', '/aanbevelingen/nieuw');
    if (!allowed) return <DataErrorNotice error={new ForbiddenError()} />;
    const options = await proposalOptions(viewer);
    const from = options.reviews.find((r) => r.id === review);
    return (
      <>
        <p>
          <Link href="/aanbevelingen">{t.back}</Link>
        </p>
        <h1>{t.newTitle}</h1>
        <p className="lead">{t.newIntro}</p>
        <RecommendationForm
          id={null}
          version={null}
          initial={{
            title: '',
            problem: '',
            proposal: '',
            owner: viewer.name,
            coalitionIds: from ? [from.coalitionId] : [],
            reviewIds: from ? [from.id] : [],
          }}
          coalitions={options.coalitions}
          reviews={options.reviews}
          m={t}
          lang={locale}
        />
      </>
    );
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
}
