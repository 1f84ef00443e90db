import Link from 'next/link';
import type { Viewer } from '@/lib/auth/viewer';
import { can, type Permission } from '@/lib/auth/permissions';
import { fmt, type Locale, type Messages } from '@/lib/i18n';

interface NavItem {
  href: string;
  label: keyof Messages['common'];
  permission: Permission;
}

// One list of destinations; each is shown only to roles that may open it (the pages check again).
const NAV: NavItem[] = [
  { href: '/', label: 'navOverview', permission: 'aggregate:read' },
  { href: '/verkenner', label: 'navExplorer', permission: 'network:read' },
  { href: '/gaps', label: 'navGaps', permission: 'gaps:read' },
  { href: '/coalities', label: 'navCoalitions', permission: 'aggregate:read' },
  { href: '/aanbevelingen', label: 'navRecommendations', permission: 'aggregate:read' },
  { href: '/afspraken', label: 'navAgreements', permission: 'network:read' },
  { href: '/bijeenkomsten', label: 'navMeetings', permission: 'network:read' },
  { href: '/kennisbank', label: 'navKnowledge', permission: 'network:read' },
  { href: '/enquetes', label: 'navSurveys', permission: 'survey:respond' },
  { href: '/scenario', label: 'navScenario', permission: 'scenario:read' },
  { href: '/snapshots', label: 'navSnapshots', permission: 'snapshot:read' },
  { href: '/import', label: 'navImport', permission: 'export:data' },
  { href: '/beheer', label: 'navAdmin', permission: 'membership:decide' },
];

export function SiteHeader({
  viewer,
  m,
  locale,
  path,
}: {
  viewer: Viewer;
  m: Messages;
  locale: Locale;
  path: string;
}) {
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <header className="site">
      <a className="skip-link" href="#inhoud">
        {m.common.skipToContent}
      </a>
      <div className="bar">
        <Link className="brand" href="/">
          {m.common.appName}
          <small>{m.common.tagline}</small>
        </Link>
        <nav aria-label={locale === 'nl' ? 'Hoofdmenu' : 'Main menu'}>
          <ul>
            {NAV.filter((n) => can(viewer, n.permission)).map((n) => (
              <li key={n.href}>
                <Link href={n.href} aria-current={path === n.href ? 'page' : undefined}>
                  {m.common[n.label]}
                </Link>
              </li>
            ))}
            {viewer.userId === null ? (
              <li>
                <Link href="/lid-worden">{m.common.navMembership}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="account">
          <a
            href={`/api/locale?lang=${other}&back=${encodeURIComponent(path)}`}
            lang={other}
            hrefLang={other}
          >
            {m.common.switchTo}
          </a>
          {viewer.userId ? (
            <>
              <span>
                {fmt(m.common.signedInAs, { name: viewer.name, role: m.common[`roleLabel_${viewer.role}`] })}
              </span>
              <form action="/api/auth/logout" method="post">
                <button className="linklike" type="submit">
                  {m.common.signOut}
                </button>
              </form>
            </>
          ) : (
            <Link href="/login">{m.common.signIn}</Link>
          )}
        </div>
      </div>
    </header>
  );
}
