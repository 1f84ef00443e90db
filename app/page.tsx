import { getOverviewCounts } from '@/lib/dal/overview';
import { getMessages } from '@/lib/i18n';
import { DataErrorNotice } from './_components/DataErrorNotice';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const { m } = await getMessages();
  let counts;
  try {
    counts = await getOverviewCounts();
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  const by = (d: string) => counts.filter((c) => c.dimension === d);
  return (
    <>
      <h1>{m.home.title}</h1>
      <p className="lead">{m.home.intro}</p>
      <h2>{m.home.perChain}</h2>
      <div className="grid">
        {by('chain').map((c) => (
          <div className="card" key={c.key}>
            <div>{m.common[`chain_${c.key as 'algemeen' | 'functioneel' | 'overig'}`] ?? c.label}</div>
            <div className="figure" data-testid={`count-chain-${c.key}`}>
              {c.count}
            </div>
          </div>
        ))}
      </div>
      <div className="grid">
        <section>
          <h2>{m.home.perRegion}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{m.home.region}</th>
                <th scope="col" className="num">
                  {m.home.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {by('region').map((c) => (
                <tr key={c.key}>
                  <td>{c.label}</td>
                  <td className="num">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>{m.home.perSector}</h2>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{m.home.sector}</th>
                <th scope="col" className="num">
                  {m.home.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {by('sector').map((c) => (
                <tr key={c.key}>
                  <td>{c.label}</td>
                  <td className="num">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
