import { stageLabel } from '@/lib/domain/recommendation';
import type { getRecommendationPipeline } from '@/lib/dal/recommendations';
import type { Messages } from '@/lib/i18n';
import { PipelineFunnel } from './PipelineFunnel';

type Pipeline = Awaited<ReturnType<typeof getRecommendationPipeline>>;

/** The pipeline: counts and median time per stage (table) and the funnel of the main road (chart + table). */
export function PipelineSection({
  pipeline,
  m,
  lang,
}: {
  pipeline: Pipeline;
  m: Messages['recommendations'];
  lang: 'nl' | 'en';
}) {
  return (
    <section aria-labelledby="pipeline-title" data-testid="recommendation-pipeline">
      <h2 id="pipeline-title">{m.pipelineTitle}</h2>
      <p>{m.pipelineIntro}</p>
      <table className="data">
        <caption className="sr-only">{m.pipelineTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colStage}</th>
            <th scope="col" className="num">
              {m.colCount}
            </th>
            <th scope="col" className="num">
              {m.colMedian}
            </th>
            <th scope="col" className="num">
              {m.colStays}
            </th>
          </tr>
        </thead>
        <tbody>
          {pipeline.stages.map((s) => (
            <tr key={s.stage} data-testid={`pipeline-${s.stage}`}>
              <th scope="row">{stageLabel(s.stage, lang)}</th>
              <td className="num">{s.count}</td>
              <td className="num">{s.medianDays ?? '–'}</td>
              <td className="num">{s.stays}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{m.funnel}</h3>
      <PipelineFunnel
        rows={pipeline.funnel.map((f) => ({ name: stageLabel(f.stage, lang), reached: f.reached }))}
        label={m.funnel}
      />
      <table className="data">
        <caption className="sr-only">{m.funnelTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colStage}</th>
            <th scope="col" className="num">
              {m.reached}
            </th>
          </tr>
        </thead>
        <tbody>
          {pipeline.funnel.map((f) => (
            <tr key={f.stage}>
              <th scope="row">{stageLabel(f.stage, lang)}</th>
              <td className="num">{f.reached}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
