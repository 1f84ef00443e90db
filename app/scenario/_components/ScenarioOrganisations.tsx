import type { ScenarioView } from '@/lib/dal/scenario';
import { fmt, type Messages } from '@/lib/i18n';

type M = Messages['scenario'];

/** The organisations the scenario hits, one table per cascade step (responders last). */
export function ScenarioOrganisations({ view, m }: { view: ScenarioView; m: M }) {
  const processName = new Map([...view.steps, ...view.later].map((s) => [s.processId, s.name]));
  const steps = [...new Set(view.organisations.map((o) => o.step))].sort(
    (a, b) => (a ?? Infinity) - (b ?? Infinity),
  );
  return (
    <section aria-labelledby="sc-orgs" data-testid="scenario-organisations">
      <h3 id="sc-orgs">{m.orgsTitle}</h3>
      {steps.map((step) => {
        const orgs = view.organisations.filter((o) => o.step === step);
        const heading = step === null ? m.stepResponders : fmt(m.stepHeading, { n: step });
        return (
          <div className="table-scroll" key={String(step)}>
            <table className="data" data-testid={`scenario-step-${step ?? 'hulpdiensten'}`}>
              <caption>
                {heading} ({orgs.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{m.colOrganisation}</th>
                  <th scope="col">{m.colRole}</th>
                  <th scope="col">{m.colProcesses}</th>
                </tr>
              </thead>
              <tbody>
                {orgs.map((o) => (
                  <tr key={o.id} data-org={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{m[`role_${o.role}`]}</td>
                    <td>{o.processIds.map((p) => processName.get(p) ?? p).join(', ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
