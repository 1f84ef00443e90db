import Link from 'next/link';
import { viewerForPage } from '@/lib/auth/page-guard';
import { can, type Permission } from '@/lib/auth/permissions';
import { ForbiddenError } from '@/lib/errors';
import { getMessages, type Messages } from '@/lib/i18n';
import { DataErrorNotice } from '../_components/DataErrorNotice';

export const dynamic = 'force-dynamic';

const SECTIONS: { href: string; label: keyof Messages['auth']; permission: Permission }[] = [
  { href: '/beheer/aanvragen', label: 'adminRequests', permission: 'membership:decide' },
  { href: '/beheer/gebruikers', label: 'adminUsers', permission: 'users:manage' },
  { href: '/beheer/audit', label: 'adminAudit', permission: 'audit:read' },
  { href: '/beheer/wissen', label: 'adminErasure', permission: 'person:erase' },
  { href: '/login/totp-instellen', label: 'adminTotp', permission: 'membership:decide' },
];

export default async function AdminPage() {
  const { m } = await getMessages();
  let g;
  try {
    g = await viewerForPage('membership:decide', '/beheer');
  } catch (e) {
    return <DataErrorNotice error={e} />;
  }
  if (!g.allowed) return <DataErrorNotice error={new ForbiddenError()} />;
  return (
    <>
      <h1>{m.auth.adminTitle}</h1>
      <p className="lead">{m.auth.adminIntro}</p>
      <ul className="cards">
        {SECTIONS.filter((s) => can(g.viewer, s.permission)).map((s) => (
          <li key={s.href}>
            <Link href={s.href}>{m.auth[s.label]}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
