import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { hitLimit, isLimited, limitKey, LIMITS } from '../auth/rate-limit';
import type { Viewer } from '../auth/viewer';
import { PUBLIC_VIEWER } from '../auth/viewer';
import { runQuery, withWriteTransaction } from '../db/run';
import { MEMBERSHIP_STATUSES, PERSON_LEVELS, type MembershipStatus } from '../domain/enums';
import { ConflictError, NotFoundError, RateLimitedError, ValidationError, zodIssuesToText } from '../errors';
import { assertCan } from '../auth/permissions';
import { issueInvitation } from './users';
import { accounts } from '../i18n/messages/accounts';
import { bilingual } from '../i18n/define';

// Admission of new members: the public form, the decision list, admit (with a Person at the
// chosen organisation and optionally an account invitation) or decline with a reason.
const trimmed = (max: number, what: string) =>
  z
    .string({ message: `${what} is verplicht / ${what} is required` })
    .trim()
    .max(max, { message: `${what}: max ${max} tekens / max ${max} characters` });

export const membershipForm = z.object({
  name: trimmed(200, 'naam / name').min(2, {
    message: 'naam: minstens 2 tekens / name: at least 2 characters',
  }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .email({ message: 'e-mail: verwacht een e-mailadres / expected an e-mail address' }),
  organisationName: trimmed(200, 'organisatie / organisation').min(2, {
    message: 'organisatie: minstens 2 tekens / organisation: at least 2 characters',
  }),
  motivation: trimmed(4000, 'motivatie / motivation').min(10, {
    message: 'motivatie: minstens 10 tekens / motivation: at least 10 characters',
  }),
});
export type MembershipForm = z.input<typeof membershipForm>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(zodIssuesToText(r.error.issues));
  return r.data;
}

/** The public application form (rate-limited per IP address). */
export async function submitMembershipRequest(input: MembershipForm, ip: string): Promise<{ id: string }> {
  const data = parse(membershipForm, input);
  const key = limitKey('membership-ip', ip);
  if (await isLimited(key, LIMITS.membershipIp))
    throw new RateLimitedError(bilingual(accounts, 'membershipRateLimited'));
  const id = `lid-${randomUUID()}`;
  await withWriteTransaction(async (tx) => {
    await hitLimit(key, LIMITS.membershipIp, tx);
    await runQuery('create-membership-request', { id, ...data, now: new Date().toISOString() }, { tx });
    await recordAudit(
      PUBLIC_VIEWER,
      { action: 'membership.request', entityType: 'MembershipRequest', entityId: id, after: data, ip },
      tx,
    );
  });
  return { id };
}

export async function listMembershipRequests(viewer: Viewer, status: MembershipStatus | null = null) {
  assertCan(viewer, 'membership:decide');
  return runQuery('get-membership-requests', { status });
}

export const admitInput = z.object({
  requestId: z.string().min(1).max(120),
  organisationId: z
    .string()
    .trim()
    .min(1, { message: 'kies een organisatie / choose an organisation' })
    .max(120),
  personRole: z.string().trim().max(200).default(''),
  level: z.enum(PERSON_LEVELS, {
    message: `niveau: verwacht ${PERSON_LEVELS.join(', ')} / level: expected one of these`,
  }),
  invite: z.boolean().default(false),
});

async function waitingRequest(id: string) {
  const r = (await runQuery('get-membership-requests', { status: 'aangevraagd' })).find((x) => x.id === id);
  if (!r) throw new NotFoundError(bilingual(accounts, 'applicationNotFound'));
  return r;
}

/** Admits an applicant: a Person at the chosen organisation, and optionally an invitation for an account. */
export async function admitMember(
  viewer: Viewer,
  input: z.input<typeof admitInput>,
  ip: string | null = null,
) {
  assertCan(viewer, 'membership:decide');
  const data = parse(admitInput, input);
  const request = await waitingRequest(data.requestId);
  const orgs = await runQuery('get-organisations', {});
  if (!orgs.some((o) => o.id === data.organisationId))
    throw new ValidationError(bilingual(accounts, 'organisationNotFound', { id: data.organisationId }));
  const personId = `p-${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  return withWriteTransaction(async (tx) => {
    const decided = await runQuery(
      'decide-membership-request',
      {
        id: request.id,
        status: 'toegelaten',
        reason: null,
        organisationId: data.organisationId,
        personId,
        decidedBy: viewer.userId,
        now,
      },
      { tx },
    );
    if (decided.length === 0) throw new ConflictError(bilingual(accounts, 'applicationDecided'));
    const person = {
      id: personId,
      name: request.name,
      role: data.personRole,
      level: data.level,
      organisationId: data.organisationId,
      email: request.email,
      source: `lidmaatschapsaanvraag ${request.id}`,
      date: now.slice(0, 10),
    };
    await runQuery('upsert-people', { rows: [person], now }, { tx });
    let token: string | null = null;
    let userId: string | null = null;
    if (data.invite) {
      const existing = await runQuery('get-user-for-login', { email: request.email }, { tx });
      if (existing.length > 0) throw new ConflictError(bilingual(accounts, 'emailTaken'));
      userId = randomUUID();
      await runQuery(
        'create-invited-user',
        { id: userId, email: request.email, name: request.name, role: 'deelnemer', personId, now },
        { tx },
      );
      token = await issueInvitation(viewer, userId, tx);
    }
    await recordAudit(
      viewer,
      {
        action: 'membership.admit',
        entityType: 'MembershipRequest',
        entityId: request.id,
        before: { status: 'aangevraagd' },
        after: { status: 'toegelaten', organisationId: data.organisationId, personId, userId },
        ip,
      },
      tx,
    );
    await recordAudit(
      viewer,
      { action: 'person.create', entityType: 'Person', entityId: personId, after: person, ip },
      tx,
    );
    return { personId, userId, token };
  });
}

export const declineInput = z.object({
  requestId: z.string().min(1).max(120),
  reason: z
    .string()
    .trim()
    .min(3, { message: 'reden is verplicht (min 3 tekens) / a reason is required (min 3 characters)' })
    .max(2000),
});

export async function declineMember(
  viewer: Viewer,
  input: z.input<typeof declineInput>,
  ip: string | null = null,
) {
  assertCan(viewer, 'membership:decide');
  const data = parse(declineInput, input);
  await withWriteTransaction(async (tx) => {
    const decided = await runQuery(
      'decide-membership-request',
      {
        id: data.requestId,
        status: 'afgewezen',
        reason: data.reason,
        organisationId: null,
        personId: null,
        decidedBy: viewer.userId,
        now: new Date().toISOString(),
      },
      { tx },
    );
    if (decided.length === 0) throw new NotFoundError(bilingual(accounts, 'applicationNotFound'));
    await recordAudit(
      viewer,
      {
        action: 'membership.decline',
        entityType: 'MembershipRequest',
        entityId: data.requestId,
        before: { status: 'aangevraagd' },
        after: { status: 'afgewezen', reason: data.reason },
        ip,
      },
      tx,
    );
  });
}

export { MEMBERSHIP_STATUSES };

/** Organisations to admit an applicant at (id and name only). */
export async function organisationChoices(viewer: Viewer) {
  assertCan(viewer, 'membership:decide');
  const orgs = await runQuery('get-organisations', {});
  return orgs.map((o) => ({ id: o.id, name: o.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
