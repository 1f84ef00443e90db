import type { NetworkData } from '@/lib/domain/network';
import type { DocumentItem } from '@/lib/domain/model';
import type { OptionSource } from './fields';

/** Choices for reference fields, labelled with names (ids stay the values). */
export function optionsFor(
  source: OptionSource,
  net: NetworkData,
  docs: DocumentItem[],
): { value: string; label: string }[] {
  const orgName = new Map(net.organisations.map((o) => [o.id, o.name]));
  switch (source) {
    case 'organisations':
      return net.organisations.map((o) => ({ value: o.id, label: o.name }));
    case 'people':
      return net.people.map((p) => ({
        value: p.id,
        label: `${p.name} — ${orgName.get(p.organisationId) ?? ''}`,
      }));
    case 'processes':
      return net.processes.map((p) => ({ value: p.id, label: `${p.name} (${p.category})` }));
    case 'coalitions':
      return net.coalitions.map((c) => ({ value: c.id, label: c.name }));
    case 'koppelvlakken':
      return net.koppelvlakken.map((k) => ({
        value: k.id,
        label: `${orgName.get(k.fromId) ?? k.fromId} → ${orgName.get(k.toId) ?? k.toId} (${k.processId})`,
      }));
    case 'documents':
      return docs.map((d) => ({ value: d.id, label: `${d.title} ${d.version}${d.current ? ' ✓' : ''}` }));
    case 'sectors':
      return net.sectors.map((s) => ({ value: s.id, label: s.name }));
    case 'regions':
      return net.regions.map((r) => ({ value: r.code, label: `${r.code} ${r.name}` }));
  }
}
