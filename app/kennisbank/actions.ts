'use server';

import { revalidatePath } from 'next/cache';
import { addDocument } from '@/lib/dal/documents';
import { actionContext } from '@/lib/http/request-context';
import { toAppError } from '@/lib/http/respond';
import type { FormState } from '../bewerken/actions';
import { bilingual } from '@/lib/i18n/define';
import { records } from '@/lib/i18n/messages/records';

export async function addDocumentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const file = form.get('file');
  const hasFile = file instanceof File && file.size > 0;
  try {
    const { viewer, ip } = await actionContext();
    await addDocument(viewer, {
      title: String(form.get('title') ?? ''),
      type: String(form.get('type') ?? 'overig'),
      version: String(form.get('version') ?? ''),
      date: String(form.get('date') ?? ''),
      current: form.get('current') === 'on',
      url: String(form.get('url') ?? '').trim() || null,
      file: hasFile ? { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } : null,
      ip,
    });
  } catch (e) {
    const app = toAppError(e);
    if (!app) throw e;
    return {
      ok: false,
      message: app.text,
      fields: (app.details as { fields?: FormState['fields'] } | undefined)?.fields ?? {},
      version: null,
    };
  }
  revalidatePath('/kennisbank');
  return {
    ok: true,
    message: bilingual(records, 'documentSaved'),
    fields: {},
    version: null,
  };
}
