import {
  AGREEMENT_STATUSES,
  CHAINS,
  COALITION_FORMS,
  CONTACT_KINDS,
  CRITICALITIES,
  DOCUMENT_TYPES,
  KOPPELVLAK_DIRECTIONS,
  ORG_KINDS,
  PERSON_LEVELS,
} from '@/lib/domain/enums';
import type { EditEntity } from '@/lib/dal/editing';
import type { Entity } from '@/lib/import/columns';

// What each form shows: the field keys are the domain/upsert keys, labels come from the import
// columns (so forms, templates and exports use the same words).

export type OptionSource =
  | 'organisations'
  | 'people'
  | 'processes'
  | 'coalitions'
  | 'koppelvlakken'
  | 'documents'
  | 'sectors'
  | 'regions';
export type FieldKind =
  | { kind: 'text' | 'textarea' | 'date' | 'optdate' | 'bool' | 'int' | 'url' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'ref' | 'refs'; source: OptionSource; optional?: boolean };
export type Field = FieldKind & { key: string; required?: boolean };

export const TABLE_OF: Record<EditEntity, Entity> = {
  organisation: 'organisaties',
  person: 'personen',
  coalition: 'coalities',
  koppelvlak: 'koppelvlakken',
  agreement: 'afspraken',
  contact: 'contacten',
  review: 'voortgangsgesprekken',
  meeting: 'bijeenkomsten',
  document: 'documenten',
};

export const FIELDS: Record<EditEntity, Field[]> = {
  organisation: [
    { key: 'name', kind: 'text', required: true },
    { key: 'kind', kind: 'enum', values: ORG_KINDS },
    { key: 'chain', kind: 'enum', values: CHAINS },
    { key: 'sectorId', kind: 'ref', source: 'sectors', optional: true },
    { key: 'regionCodes', kind: 'refs', source: 'regions' },
    { key: 'processIds', kind: 'refs', source: 'processes' },
    { key: 'description', kind: 'textarea' },
  ],
  person: [
    { key: 'name', kind: 'text', required: true },
    { key: 'role', kind: 'text' },
    { key: 'level', kind: 'enum', values: PERSON_LEVELS },
    { key: 'organisationId', kind: 'ref', source: 'organisations', required: true },
    { key: 'email', kind: 'text' },
  ],
  coalition: [
    { key: 'name', kind: 'text', required: true },
    { key: 'theme', kind: 'text' },
    { key: 'form', kind: 'enum', values: COALITION_FORMS },
    { key: 'startedAt', kind: 'date', required: true },
    { key: 'active', kind: 'bool' },
    { key: 'memberIds', kind: 'refs', source: 'people' },
    { key: 'organisationIds', kind: 'refs', source: 'organisations' },
  ],
  koppelvlak: [
    { key: 'fromId', kind: 'ref', source: 'organisations', required: true },
    { key: 'toId', kind: 'ref', source: 'organisations', required: true },
    { key: 'processId', kind: 'ref', source: 'processes', required: true },
    { key: 'direction', kind: 'enum', values: KOPPELVLAK_DIRECTIONS },
    { key: 'criticality', kind: 'enum', values: CRITICALITIES },
    { key: 'confidential', kind: 'bool' },
    { key: 'description', kind: 'textarea' },
    { key: 'source', kind: 'text', required: true },
    { key: 'date', kind: 'date', required: true },
  ],
  agreement: [
    { key: 'title', kind: 'text', required: true },
    { key: 'partyIds', kind: 'refs', source: 'organisations', required: true },
    { key: 'status', kind: 'enum', values: AGREEMENT_STATUSES },
    { key: 'scope', kind: 'textarea' },
    { key: 'signedAt', kind: 'optdate' },
    { key: 'reviewAt', kind: 'optdate' },
    { key: 'expiresAt', kind: 'optdate' },
    { key: 'koppelvlakIds', kind: 'refs', source: 'koppelvlakken' },
    { key: 'modelDocumentId', kind: 'ref', source: 'documents', optional: true },
    { key: 'source', kind: 'text' },
  ],
  contact: [
    { key: 'orgAId', kind: 'ref', source: 'organisations', required: true },
    { key: 'orgBId', kind: 'ref', source: 'organisations', required: true },
    { key: 'date', kind: 'date', required: true },
    { key: 'kind', kind: 'enum', values: CONTACT_KINDS },
    { key: 'strength', kind: 'int' },
    { key: 'personIds', kind: 'refs', source: 'people' },
    { key: 'note', kind: 'textarea' },
  ],
  review: [
    { key: 'coalitionId', kind: 'ref', source: 'coalitions', required: true },
    { key: 'date', kind: 'date', required: true },
    { key: 'achieved', kind: 'textarea' },
    { key: 'direction', kind: 'textarea' },
    { key: 'blockers', kind: 'textarea' },
  ],
  meeting: [
    { key: 'date', kind: 'date', required: true },
    { key: 'theme', kind: 'text' },
    { key: 'organiserId', kind: 'ref', source: 'organisations', optional: true },
    { key: 'attendeeIds', kind: 'refs', source: 'people' },
  ],
  document: [
    { key: 'title', kind: 'text', required: true },
    { key: 'type', kind: 'enum', values: DOCUMENT_TYPES },
    { key: 'version', kind: 'text' },
    { key: 'date', kind: 'date', required: true },
    { key: 'url', kind: 'url' },
    { key: 'current', kind: 'bool' },
  ],
};

/** FormData → values in the shape the dal validates (zod does the real checking). */
export function valuesFromForm(entity: EditEntity, form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS[entity]) {
    const raw = form.get(f.key);
    const s = typeof raw === 'string' ? raw.trim() : '';
    switch (f.kind) {
      case 'refs':
        out[f.key] = form.getAll(f.key).map(String).filter(Boolean);
        break;
      case 'bool':
        out[f.key] = raw === 'on' || raw === 'true';
        break;
      case 'int':
        out[f.key] = s === '' ? undefined : Number(s);
        break;
      case 'optdate':
      case 'url':
        out[f.key] = s === '' ? null : s;
        break;
      case 'ref':
        out[f.key] = s === '' ? (f.optional ? null : '') : s;
        break;
      default:
        if (f.key === 'source' && s === '') break; // keep the form's own provenance
        out[f.key] = s;
    }
  }
  if (entity === 'document') out.fileName = form.get('fileName') ? String(form.get('fileName')) : null;
  return out;
}
