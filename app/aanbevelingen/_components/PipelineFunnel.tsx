'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

// Okabe–Ito blue, as on the other overview charts.
const BLUE = '#0072B2';

/** A small funnel: how many recommendations reached each stage of the main road (a table follows it). */
export function PipelineFunnel({
  rows,
  label,
}: {
  rows: { name: string; reached: number }[];
  label: string;
}) {
  return (
    <div role="figure" aria-label={label} data-testid="pipeline-funnel">
      <ResponsiveContainer width="100%" height={40 + rows.length * 34}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={12} />
          <YAxis type="category" dataKey="name" width={170} fontSize={12} />
          <Tooltip />
          <Bar dataKey="reached" name={label} fill={BLUE} isAnimationActive={false}>
            <LabelList dataKey="reached" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
