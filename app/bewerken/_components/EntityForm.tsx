'use client';

import { useActionState } from 'react';
import type { Messages } from '@/lib/i18n';
import { deleteEntityAction, saveEntityAction, type FormState } from '../actions';
import type { Field } from '../_lib/fields';

export interface FieldView {
  field: Field;
  label: string;
  expect: string;
  options?: { value: string; label: string }[];
}

const initial = (version: number | null): FormState => ({ ok: false, message: null, fields: {}, version });

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

function Control({ fv, value, errId }: { fv: FieldView; value: unknown; errId?: string }) {
  const f = fv.field;
  const common = {
    id: `f-${f.key}`,
    name: f.key,
    'aria-invalid': errId ? true : undefined,
    'aria-describedby': errId,
    required: f.required,
  };
  switch (f.kind) {
    case 'textarea':
      return <textarea {...common} rows={4} defaultValue={String(value ?? '')} />;
    case 'bool':
      return <input {...common} required={undefined} type="checkbox" defaultChecked={value === true} />;
    case 'date':
    case 'optdate':
      return <input {...common} type="date" defaultValue={String(value ?? '')} />;
    case 'int':
      return (
        <input
          {...common}
          type="number"
          min={1}
          max={3}
          defaultValue={value === undefined ? '' : String(value)}
        />
      );
    case 'url':
      return <input {...common} type="url" defaultValue={String(value ?? '')} />;
    case 'enum':
      return (
        <select {...common} defaultValue={String(value ?? f.values[0])}>
          {f.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      );
    case 'ref':
      return (
        <select {...common} defaultValue={String(value ?? '')}>
          <option value="">—</option>
          {fv.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'refs':
      return (
        <select
          {...common}
          multiple
          size={Math.min(8, Math.max(3, fv.options?.length ?? 3))}
          defaultValue={asList(value)}
        >
          {fv.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    default:
      return <input {...common} type="text" defaultValue={String(value ?? '')} />;
  }
}

export function EntityForm({
  entity,
  id,
  version,
  values,
  fields,
  t,
  locale,
  back,
  deleteBack,
  hidden = {},
  canDelete,
  submitLabel,
}: {
  entity: string;
  id: string | null;
  version: number | null;
  values: Record<string, unknown>;
  fields: FieldView[];
  t: Messages['editing'];
  locale: 'nl' | 'en';
  back?: string;
  deleteBack?: string;
  hidden?: Record<string, string>;
  canDelete: boolean;
  submitLabel?: string;
}) {
  const [state, action, pending] = useActionState(saveEntityAction, initial(version));
  const [delState, delAction, delPending] = useActionState(deleteEntityAction, initial(version));
  const v = state.version ?? version;
  const msg = (m: { nl: string; en: string } | null) => (m ? (locale === 'nl' ? m.nl : m.en) : null);
  return (
    <>
      <form action={action} noValidate data-testid={`form-${entity}`}>
        <input type="hidden" name="entity" value={entity} />
        <input type="hidden" name="id" value={id ?? ''} />
        <input type="hidden" name="version" value={v ?? ''} />
        {back ? <input type="hidden" name="back" value={back} /> : null}
        {Object.entries(hidden).map(([k, val]) => (
          <input key={k} type="hidden" name={k} value={val} />
        ))}
        {state.message ? (
          <p
            className={state.ok ? 'notice' : 'alert'}
            role={state.ok ? 'status' : 'alert'}
            data-testid="form-message"
          >
            {msg(state.message)}
          </p>
        ) : null}
        {fields.map((fv) => {
          const err = state.fields[fv.field.key];
          const errId = err ? `err-${fv.field.key}` : undefined;
          return (
            <p key={fv.field.key}>
              <label htmlFor={`f-${fv.field.key}`}>
                {fv.label}
                {fv.field.required ? ` (${t.required})` : ''}
              </label>
              <Control fv={fv} value={values[fv.field.key]} errId={errId} />
              <small>
                {fv.expect}
                {fv.field.kind === 'refs' ? ` ${t.listHint}` : ''}
              </small>
              {err ? (
                <span className="field-error" id={errId}>
                  {msg(err)}
                </span>
              ) : null}
            </p>
          );
        })}
        <button className="button" type="submit" disabled={pending}>
          {submitLabel ?? t.save}
        </button>
      </form>
      {id && canDelete ? (
        <form action={delAction} aria-labelledby="del-h">
          <h2 id="del-h">{t.deleteTitle}</h2>
          <p>{t.deleteHint}</p>
          <input type="hidden" name="entity" value={entity} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={v ?? ''} />
          {deleteBack ? <input type="hidden" name="back" value={deleteBack} /> : null}
          <p>
            <input id="del-confirm" type="checkbox" name="confirm" />{' '}
            <label htmlFor="del-confirm" style={{ display: 'inline' }}>
              {t.confirmDelete}
            </label>
          </p>
          {delState.message ? (
            <p className="alert" role="alert" data-testid="delete-message">
              {msg(delState.message)}
            </p>
          ) : null}
          <button className="button secondary" type="submit" disabled={delPending}>
            {t.delete}
          </button>
        </form>
      ) : null}
    </>
  );
}
