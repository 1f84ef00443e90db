'use server';

import { revalidatePath } from 'next/cache';
import { getViewer } from '@/lib/auth/session';
import { addDocument } from '@/lib/dal/documents';
import { toAppError } from '@/lib/http/respond';
import type { FormState } from '../bewerken/actions';

export async function addDocumentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const file = form.get('file');
  const hasFile = file instanceof File && file.size > 0;
  try {
    await addDocument(await getViewer(), {
      title: String(form.get('title') ?? ''),
      type: String(form.get('type') ?? 'overig'),
      version: String(form.get('version') ?? ''),
      date: String(form.get('date') ?? ''),
      current: form.get('current') === 'on',
      url: String(form.get('url') ?? '').trim() || null,
      file: hasFile ? { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } : null,
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
    message: { nl: 'Document opgeslagen.', en: 'Document saved.' },
    fields: {},
    version: null,
  };
}
