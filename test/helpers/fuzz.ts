import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';

// What exists in app/ (pages and route handlers, walked from the file system so new features are
// covered without editing the tests) and the hostile inputs thrown at them.

/** Seeded ids for dynamic segments, by segment name; unknown names fall back by pattern. */
export const SEED_IDS: Record<string, string> = {
  code: 'VR01',
  region: 'VR01',
  regionCode: 'VR01',
  organisation: 'vr-vr01',
  organisationId: 'vr-vr01',
  org: 'vr-vr01',
  orgId: 'vr-vr01',
  sector: 'energie',
  sectorId: 'energie',
  coalition: 'co-stroomuitval-noord',
  coalitionId: 'co-stroomuitval-noord',
  person: 'p-vr-vr01-1',
  personId: 'p-vr-vr01-1',
  lang: 'nl',
  locale: 'nl',
};

export function seedIdFor(segment: string): string {
  if (SEED_IDS[segment]) return SEED_IDS[segment];
  const s = segment.toLowerCase();
  if (s.includes('region')) return 'VR01';
  if (s.includes('org')) return 'vr-vr01';
  if (s.includes('sector')) return 'energie';
  if (s.includes('coalit')) return 'co-stroomuitval-noord';
  if (s.includes('person')) return 'p-vr-vr01-1';
  return 'vr-vr01';
}

export interface AppEntry {
  /** URL pattern as in the file system, e.g. /api/gaps/[id]. */
  pattern: string;
  /** A concrete URL with seeded ids filled in. */
  url: string;
  /** The file (relative to the project root). */
  file: string;
  dynamic: boolean;
  /** For route handlers: exported HTTP methods. */
  methods: string[];
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('_') && e.name !== 'node_modules') walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function toPattern(appDir: string, file: string): string {
  const segs = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@'));
  return `/${segs.join('/')}`;
}

/** Seeded id for a segment, judged by the folder before it (coalities/[id] → a coalition). */
const BY_PARENT: Record<string, string> = {
  coalities: 'co-stroomuitval-noord',
  coalitie: 'co-stroomuitval-noord',
  sector: 'energie',
  sectoren: 'energie',
  regio: 'VR01',
  organisatie: 'vr-vr01',
  organisaties: 'vr-vr01',
  bewerken: 'organisation',
  persoon: 'p-vr-vr01-1',
  aanbevelingen: 'ab-demo-liaisons',
};

function fill(pattern: string): string {
  const segs = pattern.split('/');
  return segs
    .map((seg, i) => {
      const m = /^\[\[?(?:\.\.\.)?([^\]]+)\]?\]$/.exec(seg);
      if (!m) return seg;
      const prev = segs[i - 1] ?? '';
      const prevSeed = /^\[/.test(prev) ? undefined : BY_PARENT[prev];
      // bewerken/[entity]/[id]: entity 'organisation', id 'vr-vr01'
      const v = prevSeed ?? (prev === '[entity]' ? 'vr-vr01' : seedIdFor(m[1] as string));
      return encodeURIComponent(v);
    })
    .join('/');
}

/** Every page.tsx under app/ as a URL (route groups removed, dynamic segments seeded). */
export function listPages(root = process.cwd()): AppEntry[] {
  const appDir = path.join(root, 'app');
  return walk(appDir)
    .filter((f) => /[/\\]page\.(tsx|ts|jsx|js)$/.test(f))
    .map((f) => {
      const pattern = toPattern(appDir, f);
      return {
        pattern,
        url: fill(pattern),
        file: path.relative(root, f),
        dynamic: pattern.includes('['),
        methods: ['GET'],
      };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Every route.ts under app/ with the HTTP methods it exports. */
export function listRouteHandlers(root = process.cwd()): AppEntry[] {
  const appDir = path.join(root, 'app');
  return walk(appDir)
    .filter((f) => /[/\\]route\.(ts|js)$/.test(f))
    .map((f) => {
      const src = readFileSync(f, 'utf8');
      const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) =>
        new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b|export\\s*\\{[^}]*\\b${m}\\b`).test(
          src,
        ),
      );
      const pattern = toPattern(appDir, f);
      return {
        pattern,
        url: fill(pattern),
        file: path.relative(root, f),
        dynamic: pattern.includes('['),
        methods,
      };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Newest modification time of the app sources (to decide whether a build is stale). */
export function newestSource(root = process.cwd()): number {
  let newest = 0;
  for (const sub of ['app', 'lib', 'cypher', 'public', 'proxy.ts', 'next.config.js']) {
    const p = path.join(root, sub);
    if (!existsSync(p)) continue;
    if (statSync(p).isFile()) newest = Math.max(newest, statSync(p).mtimeMs);
    else for (const f of walk(p)) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800', // lone high surrogate
  'x\udfffy', // lone low surrogate
  '\u202eevil\u202c', // RTL override
  'zero\u200bwidth\u200d\ufeff',
  'مرحبا עברית',
  '👩‍👩‍👧‍👦'.repeat(50),
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x' }) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //",
  '`; CALL dbms.killQueries([]) //',
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '=HYPERLINK("http://evil.invalid","x")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1+1)',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '{{constructor.constructor("return 1")()}}',
  '__proto__',
  'constructor',
  'x'.repeat(100_000),
];

/** A JSON value nested `depth` levels deep. */
export function deepJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** Arbitrary JSON-ish values with hostile strings mixed in (fast-check). */
export function hostileValue(): fc.Arbitrary<unknown> {
  const str = fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ maxLength: 50 }),
  );
  const leaf = fc.oneof(
    str,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
  );
  return fc.letrec((tie) => ({
    value: fc.oneof({ maxDepth: 4 }, leaf, tie('arr'), tie('obj')),
    arr: fc.array(tie('value'), { maxLength: 5 }),
    obj: fc.dictionary(
      fc.oneof(str, fc.constantFrom('id', 'name', 'status', 'rows', 'role', '__proto__')),
      tie('value'),
      {
        maxKeys: 6,
      },
    ),
  })).value;
}

/** Raw request bodies: JSON of hostile values, broken JSON, deep JSON, binary. */
export function hostileBody(): fc.Arbitrary<string> {
  return fc.oneof(
    hostileValue().map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom(
      '{',
      '{"a":',
      'nul',
      '[1,2',
      '\u0000',
      '',
      deepJson(5_000),
      `{"x":"${'y'.repeat(2_000_000)}"}`,
    ),
    fc.string({ unit: 'binary', maxLength: 300 }),
  );
}

/** Hostile path segments / query values for GET routes. */
export function hostileParam(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 5_000)),
    fc.string({ maxLength: 40 }),
  );
}

/** encodeURIComponent that does not throw on lone surrogates (they are sent as raw %ED bytes). */
export function encodeLoose(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return Array.from(s)
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

const FORM_FIELDS = [
  'email',
  'password',
  'code',
  'role',
  'userId',
  'name',
  'next',
  'token',
  'reason',
  'organisationId',
  'personId',
  'status',
  'message',
  'file',
];

/** A request body plus its Content-Type: JSON, url-encoded and multipart forms, broken forms. */
export function hostileRequestBody(): fc.Arbitrary<{ contentType: string | undefined; body: string }> {
  const fields = fc.dictionary(fc.constantFrom(...FORM_FIELDS), hostileParam(), { maxKeys: 6 });
  return fc.oneof(
    hostileBody().map((body) => ({ contentType: 'application/json', body })),
    hostileBody().map((body) => ({
      contentType: fc.sample(fc.constantFrom('text/plain', undefined), 1)[0],
      body,
    })),
    fields.map((f) => ({
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams(f).toString(),
    })),
    fields.map((f) => ({
      contentType: 'multipart/form-data; boundary=XyZ',
      body:
        Object.entries(f)
          .map(([k, v]) => `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
          .join('') + '--XyZ--\r\n',
    })),
    fc.constantFrom(
      {
        contentType: 'multipart/form-data; boundary=XyZ',
        body: '--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\ntruncated',
      },
      { contentType: 'multipart/form-data', body: 'no boundary' },
      { contentType: 'application/x-www-form-urlencoded', body: '%%%&=&==&a=%ZZ' },
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Upload payloads (zip written here, independent of the importer's own zip code)

/** A zip archive; `declaredSize` lets an entry lie about its uncompressed size (a lying bomb). */
export function makeZip(files: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const comp = deflateRawSync(f.data, { level: 9 });
    const name = Buffer.from(f.name, 'utf8');
    const crc = zlibCrc32(f.data) >>> 0;
    const size = f.declaredSize ?? f.data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, comp);
    centrals.push(ch, name);
    offset += lh.length + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A stream of `total` bytes of CSV-looking text, generated on the fly (never held in memory). */
export function hugeCsvStream(total: number): ReadableStream<Uint8Array> {
  const line = Buffer.from('id;naam;soort;keten\r\nx-1;Naam;overig;overig\r\n'.repeat(1000));
  let sent = 0;
  return new ReadableStream({
    pull(c) {
      if (sent >= total) return c.close();
      const n = Math.min(line.length, total - sent);
      c.enqueue(new Uint8Array(line.buffer, line.byteOffset, n));
      sent += n;
    },
  });
}
