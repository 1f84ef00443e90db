/**
 * Hostile uploads to the import route handler (app/api/import/route.ts), called in-process with
 * real Request objects against the test Neo4j (only next/headers is stood in for): empty file,
 * wrong extension, CSV with BOM and `;`, truncated XLSX, zip bombs (honest and lying), a 200 MB
 * upload streamed without Content-Length. Never a 5xx, always a message, nothing written, and
 * memory stays bounded (RSS of this process, which runs the handler, measured before/after).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseName, getDriver } from '../../lib/db/driver';
import { hugeCsvStream, makeZip } from '../helpers/fuzz';
import { createTestSession } from '../helpers/session';

const ctx = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (n: string) => {
      const m = new RegExp(`(?:^|; )${n}=([^;]*)`).exec(ctx.cookie);
      return m ? { name: n, value: m[1] } : undefined;
    },
    getAll: () => [],
    has: () => false,
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers({ cookie: ctx.cookie }),
}));

const ROUTE = path.join(process.cwd(), 'app/api/import/route.ts');
const BASE = 'http://127.0.0.1:3999';
const T = 300_000;
type Handler = (r: Request) => Promise<Response>;
let POST: Handler | undefined;
const figures: Record<string, string | number> = {};

async function dataSize() {
  const r = await getDriver().executeQuery(
    `MATCH (n) WHERE NOT (n:AuditEvent OR n:Session OR n:RateLimit OR n:Job) RETURN count(n) AS n`,
    {},
    { database: databaseName() },
  );
  return Number(r.records[0]?.get('n'));
}

function multipart(
  file: { name: string; data: Buffer | Uint8Array },
  mode: 'inspect' | 'dry-run' | 'apply',
): FormData {
  const f = new FormData();
  f.set('file', new Blob([new Uint8Array(file.data)]), file.name);
  f.set('mode', mode);
  return f;
}

async function send(body: FormData | ReadableStream<Uint8Array>, contentType?: string) {
  const headers: Record<string, string> = { origin: BASE, host: '127.0.0.1:3999', cookie: ctx.cookie };
  if (contentType) headers['content-type'] = contentType;
  const res = await POST!(
    new Request(`${BASE}/api/import`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit),
  );
  const text = await res.text();
  return {
    status: res.status,
    text,
    json: (() => {
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch {
        return null;
      }
    })(),
  };
}

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('organisaties');
  ws.addRow(['id', 'naam', 'soort', 'keten']);
  for (let i = 0; i < 200; i++) ws.addRow([`trunc-${i}`, `Organisatie ${i}`, 'overig', 'overig']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  if (!existsSync(ROUTE)) return;
  POST = ((await import(/* @vite-ignore */ ROUTE)) as { POST: Handler }).POST;
  ctx.cookie = (await createTestSession('regisseur')).cookie;
}, T);

afterAll(() => console.log('[uploads] figures', JSON.stringify(figures)));

describe('hostile uploads to /api/import', () => {
  // First, so the memory figure is not blurred by the zip bombs' buffers below.
  it(
    'a 200 MB upload streamed without Content-Length is refused with bounded memory',
    async () => {
      if (!POST) return;
      const boundary = 'HugeBoundary';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="mode"\r\n\r\ndry-run\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="groot.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const csv = hugeCsvStream(200 * 1024 * 1024).getReader();
      let stage = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(c) {
          if (stage === 0) {
            stage = 1;
            return c.enqueue(head);
          }
          if (stage === 1) {
            const { done, value } = await csv.read();
            if (!done) return c.enqueue(value);
            stage = 2;
          }
          c.enqueue(tail);
          c.close();
        },
      });
      global.gc?.();
      const rss0 = process.memoryUsage().rss;
      let peak = rss0;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const t0 = performance.now();
      const r = await send(body, `multipart/form-data; boundary=${boundary}`).finally(() =>
        clearInterval(timer),
      );
      figures['200MB status'] = r.status;
      figures['200MB ms'] = Math.round(performance.now() - t0);
      figures['200MB RSS before MiB'] = Math.round(rss0 / 1048576);
      figures['200MB RSS peak growth MiB'] = Math.round((peak - rss0) / 1048576);
      expect(r.status).toBe(413);
      expect((r.json?.error as { nl?: string })?.nl).toMatch(/MB/);
      // Bounded: the body must not be held in memory whole (200 MB, and more once parsed).
      expect(peak - rss0).toBeLessThan(150 * 1048576);
    },
    T,
  );

  const cases: [string, () => Promise<{ name: string; data: Buffer }>][] = [
    ['empty file', async () => ({ name: 'leeg.csv', data: Buffer.alloc(0) })],
    ['wrong extension', async () => ({ name: 'virus.exe', data: Buffer.from('MZ\u0090\u0000binary') })],
    [
      'binary disguised as csv',
      async () => ({ name: 'x.csv', data: Buffer.from([0, 255, 0xfe, 0xff, 0xd8, 0, 1]) }),
    ],
    [
      'CSV with BOM, `;` and hostile cells',
      async () => ({
        name: 'organisaties.csv',
        data: Buffer.from(
          '\ufeffid;naam;soort;keten\r\n' +
            'evil-1;=HYPERLINK("http://evil.invalid");overig;overig\r\n' +
            'evil-2;"<img src=x onerror=alert(1)>";overig;overig\r\n' +
            'evil-3;"x\'}) DETACH DELETE n //";onbekend;overig\r\n' +
            'evil-4;"\u0000\ud800\u202e";overig;\r\n',
          'utf8',
        ),
      }),
    ],
    [
      'truncated XLSX',
      async () => {
        const b = await xlsx();
        return { name: 'afgekapt.xlsx', data: b.subarray(0, Math.floor(b.length / 2)) };
      },
    ],
    [
      'zip bomb (honest sizes)',
      async () => ({
        name: 'bom.xlsx',
        data: makeZip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20) },
        ]),
      }),
    ],
    [
      'zip bomb (lying sizes)',
      async () => ({
        name: 'bom2.xlsx',
        data: makeZip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          {
            name: 'xl/worksheets/sheet1.xml',
            data: Buffer.alloc(200 * 1024 * 1024, 0x20),
            declaredSize: 1000,
          },
        ]),
      }),
    ],
  ];

  for (const [label, make] of cases) {
    it(
      `${label}: refused or handled with a message, never a 5xx, nothing written`,
      async () => {
        if (!POST) return console.warn('[uploads] no app/api/import/route.ts: skipped');
        const file = await make();
        const before = await dataSize();
        // inspect = the mapping step (columns and a preview), then the dry run and the apply.
        for (const mode of ['inspect', 'dry-run', 'apply'] as const) {
          global.gc?.();
          const rss0 = process.memoryUsage().rss;
          const r = await send(multipart(file, mode));
          const grew = Math.round((process.memoryUsage().rss - rss0) / 1048576);
          figures[`${label} ${mode}`] = `${r.status} (+${grew} MiB)`;
          expect(r.status, r.text.slice(0, 300)).toBeLessThan(500);
          if (r.status >= 400) expect((r.json?.error as { message?: string })?.message).toBeTruthy();
          else if (mode === 'apply')
            // Accepted only if every row was valid; hostile rows must be reported as problems.
            expect(r.json?.problems, 'hostile rows must be reported').not.toEqual([]);
          expect(r.text).not.toMatch(/MATCH \(|at .+\.ts:\d+/);
        }
        expect(await dataSize()).toBe(before);
      },
      T,
    );
  }
});
