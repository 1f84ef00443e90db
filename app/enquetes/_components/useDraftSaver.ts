'use client';

import { useCallback, useRef, useState } from 'react';
import type { SurveyDraft } from '@/lib/domain/survey';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'stale' }
  | { kind: 'error'; text: string };

/**
 * Keeps the task's draft on the server: one request at a time (each carries the version the last
 * one returned), and when changes arrive while a save is running, the newest draft is saved next.
 */
export function useDraftSaver(taskId: string, initialVersion: number, token: string | null) {
  const version = useRef(initialVersion);
  const running = useRef<Promise<boolean> | null>(null);
  const pending = useRef<SurveyDraft | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const send = useCallback(
    async (draft: SurveyDraft): Promise<boolean> => {
      setState({ kind: 'saving' });
      const res = await fetch(`/api/enquete-taken/${encodeURIComponent(taskId)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ expectedVersion: version.current, draft, token }),
      }).catch(() => null);
      const body = (await res?.json().catch(() => null)) as {
        version?: number;
        error?: { code?: string; message?: string };
      } | null;
      if (res?.ok && typeof body?.version === 'number') {
        version.current = body.version;
        setState({ kind: 'saved', at: new Date().toLocaleTimeString() });
        return true;
      }
      if (
        res?.status === 409 &&
        body?.error?.code === 'conflict' &&
        /verouderd|elders|elsewhere/i.test(body.error.message ?? '')
      )
        setState({ kind: 'stale' });
      else
        setState({ kind: 'error', text: body?.error?.message ?? String(res?.status ?? 'netwerk / network') });
      return false;
    },
    [taskId, token],
  );

  const save = useCallback(
    async (draft: SurveyDraft): Promise<boolean> => {
      if (running.current) {
        pending.current = draft;
        const ok = await running.current;
        if (!ok) return false;
        if (pending.current === null) return true;
      }
      const next = pending.current ?? draft;
      pending.current = null;
      const p = send(next);
      running.current = p;
      const ok = await p;
      running.current = null;
      return ok;
    },
    [send],
  );

  return { save, state, version, setState };
}
