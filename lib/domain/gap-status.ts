import { z } from 'zod';
import { GAP_STATUSES, type GapStatus } from './enums';
import { isoDate } from './model';

// How a gap's status may change, and what a change must say: the workflow the project team
// follows on the gap report (lib/dal/gaps.ts applies it; the gap page offers only these).

export const GAP_TRANSITIONS: Record<GapStatus, readonly GapStatus[]> = {
  open: ['erkend', 'in-behandeling', 'niet-van-toepassing'],
  erkend: ['in-behandeling', 'niet-van-toepassing', 'open'],
  'in-behandeling': ['in-behandeling', 'opgelost', 'niet-van-toepassing', 'erkend'],
  opgelost: ['open'],
  'niet-van-toepassing': ['open'],
};

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `max ${max} tekens / max ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

export const gapStatusInput = z
  .object({
    gapId: z.string().min(1).max(400),
    status: z.enum(GAP_STATUSES, { message: `status: verwacht / expected ${GAP_STATUSES.join(', ')}` }),
    expectedVersion: z.number().int().min(0),
    owner: text(120),
    due: isoDate.nullish().transform((v) => v ?? null),
    note: text(2000),
    reason: text(2000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === 'in-behandeling' && (!v.owner || !v.due))
      ctx.addIssue({
        code: 'custom',
        path: ['owner'],
        message:
          'in behandeling vraagt een eigenaar en een streefdatum / in progress needs an owner and a due date',
      });
    if ((v.status === 'opgelost' || v.status === 'niet-van-toepassing') && !v.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'geef een reden op / a reason is required',
      });
  });
export type GapStatusInput = z.input<typeof gapStatusInput>;
