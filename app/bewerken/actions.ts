'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import {
  deleteEntity,
  EDIT_ENTITIES,
  saveEntity,
  type EditEntity,
  type FieldErrors,
} from '@/lib/dal/editing';
import { isAppError, type Bilingual } from '@/lib/errors';
import { actionContext } from '@/lib/http/request-context';
import { toAppError } from '@/lib/http/respond';
import { valuesFromForm } from './_lib/fields';
import { bilingual } from '@/lib/i18n/define';
import { records } from '@/lib/i18n/messages/records';

export interface FormState {
  ok: boolean;
  message: Bilingual | null;
  fields: FieldErrors;
  version: number | null;
}

function entityOf(form: FormData): EditEntity {
  const e = String(form.get('entity') ?? '');
  if (!(EDIT_ENTITIES as readonly string[]).includes(e)) throw new Error('unknown entity');
  return e as EditEntity;
}

/** A same-site path to go back to after saving (never an absolute URL). */
function backPath(form: FormData): string | null {
  const b = String(form.get('back') ?? '');
  return /^\/[a-z0-9/_-]*$/i.test(b) && !b.startsWith('//') ? b : null;
}

function failure(e: unknown, version: number | null): FormState {
  const app = toAppError(e);
  if (!app) throw e;
  const details = app.details as { fields?: FieldErrors } | undefined;
  return { ok: false, message: app.text, fields: details?.fields ?? {}, version };
}

export async function saveEntityAction(_prev: FormState, form: FormData): Promise<FormState> {
  const entity = entityOf(form);
  const id = String(form.get('id') ?? '') || null;
  const versionRaw = Number(form.get('version'));
  const expectedVersion = Number.isInteger(versionRaw) && id ? versionRaw : null;
  let saved: { id: string; version: number };
  try {
    const { viewer, ip } = await actionContext();
    saved = await saveEntity(viewer, {
      entity,
      id,
      expectedVersion,
      values: valuesFromForm(entity, form),
      ip,
    });
  } catch (e) {
    return failure(e, expectedVersion);
  }
  const back = backPath(form);
  if (back) {
    revalidatePath(back);
    redirect(back);
  }
  if (!id) redirect(`/bewerken/${entity}/${saved.id}?opgeslagen=1`);
  return { ok: true, message: bilingual(records, 'saved'), fields: {}, version: saved.version };
}

export async function deleteEntityAction(_prev: FormState, form: FormData): Promise<FormState> {
  const entity = entityOf(form);
  const id = String(form.get('id') ?? '');
  const expectedVersion = Number(form.get('version'));
  if (form.get('confirm') !== 'on')
    return {
      ok: false,
      message: bilingual(records, 'confirmFirst'),
      fields: { confirm: bilingual(records, 'confirmRequired') },
      version: expectedVersion,
    };
  try {
    const { viewer, ip } = await actionContext();
    await deleteEntity(viewer, { entity, id, expectedVersion, ip });
  } catch (e) {
    if (isAppError(e)) return failure(e, expectedVersion);
    throw e;
  }
  redirect(backPath(form) ?? '/');
}
