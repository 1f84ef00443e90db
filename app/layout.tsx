import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { getViewerOrPublic } from '@/lib/dal/viewer';
import { getMessages } from '@/lib/i18n';
import { SiteHeader } from './_components/SiteHeader';
import './globals.css';

export const metadata: Metadata = {
  title: 'Koppelvlak — Netwerk Continuïteit van de samenleving',
  description: 'Netwerkanalyse van de samenwerking tussen algemene en functionele keten',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, m } = await getMessages();
  const { viewer } = await getViewerOrPublic();
  const path = (await headers()).get('x-koppelvlak-path') ?? '/';
  return (
    <html lang={locale}>
      <body>
        <SiteHeader viewer={viewer} m={m} locale={locale} path={path} />
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <footer className="site">{m.common.footer}</footer>
      </body>
    </html>
  );
}
