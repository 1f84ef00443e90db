import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:45959';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const ctx = await b.newContext({ baseURL: base, bypassCSP: true });
const page = await ctx.newPage();
await page.goto('/');
const body = await page.locator('body').innerText();
console.log('ERR?', body.includes('Er ging iets mis'), /Application error|Internal Server Error/.test(body));
console.log(body.slice(0, 600));
await page.goto('/lid-worden');
await page.fill('#lid-name', 'Bram Voorbeeldsma');
await page.fill('#lid-email', `bram-${Date.now()}@example.invalid`);
await page.fill('#lid-motivation', 'Wij willen graag deelnemen aan het netwerk voor drinkwater.');
const [res] = await Promise.all([
  page.waitForResponse((r) => r.url().endsWith('/api/auth/lid-worden'), { timeout: 30_000 }),
  page.click('form[action="/api/auth/lid-worden"] button[type=submit]'),
]);
console.log('status', res.status(), res.headers()['x-koppelvlak-error'], res.headers()['location']);
await page.waitForLoadState('load');
console.log((await page.locator('body').innerText()).slice(0, 400));
await b.close();
