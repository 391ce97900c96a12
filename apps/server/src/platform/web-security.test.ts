import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, OPENABLE_PROGRAM, type TestApp } from '../testing/harness';
import { allowedOrigins } from './web-security';
import { parseTrustProxy } from '../config';
import { webCacheControl } from '../app';

describe('allowed origins', () => {
  it('outside production: PUBLIC_URL and its loopback aliases on the same port', () => {
    expect(allowedOrigins({ publicUrl: 'http://localhost:3000', production: false })).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]);
    expect(allowedOrigins({ publicUrl: 'http://127.0.0.1:8080', production: false })).toContain('http://localhost:8080');
  });
  it('in production, and for any other host: only PUBLIC_URL', () => {
    expect(allowedOrigins({ publicUrl: 'http://localhost:3000', production: true })).toEqual(['http://localhost:3000']);
    expect(allowedOrigins({ publicUrl: 'https://lots.example.org/', production: false })).toEqual(['https://lots.example.org']);
  });
});

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDR ranges and proxy-addr names', () => {
    expect(parseTrustProxy(undefined)).toEqual([]);
    expect(parseTrustProxy(' 10.0.0.1, 192.168.0.0/16,::1, fd00::/8 ,loopback')).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });
  it('refuses anything that would trust every sender, naming the variable', () => {
    for (const bad of ['true', '*', '1', '10.0.0.0/33', 'proxy.example.org'])
      expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY/);
  });
});

/** Opening Lots at another loopback name, and pages of other origins (CSRF), on the real app and database. */
describe('origins and cross-site requests', () => {
  let t: TestApp;
  let adept: string;
  let programId: string;
  const withdrawUrl = () => `/api/programs/${programId}/applications/mine/adept/withdraw`;
  const applicationStatus = async () => {
    const [row] = await t.database.db.select({ status: schema.applications.status }).from(schema.applications);
    return row?.status;
  };

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'http://localhost:3000' });
    const org = await t.createOrganisation('Tullverket');
    await t.createMember(org, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    await t.createMember(org, 'johan@tull.example', ['participant'], { name: 'Johan Nyberg' });
    const coordinator = await t.signIn('maria@tull.example');
    adept = await t.signIn('johan@tull.example');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/programs',
      headers: { cookie: coordinator },
      payload: { ...OPENABLE_PROGRAM, name: 'Chefsprogrammet' },
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    const opened = await t.app.inject({
      method: 'POST',
      url: `/api/programs/${programId}/status`,
      headers: { cookie: coordinator },
      payload: { status: 'open' },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/programs/${programId}/applications/mine/adept/submit`,
      headers: { cookie: adept },
      payload: { managerEmail: 'chef@tull.example' },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await applicationStatus()).toBe('submitted');
  });
  afterAll(() => t.destroy());

  it('signs in from http://127.0.0.1:3000 and [::1] when PUBLIC_URL is http://localhost:3000', async () => {
    for (const origin of ['http://127.0.0.1:3000', 'http://[::1]:3000', 'http://localhost:3000']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin, host: new URL(origin).host },
        payload: { email: 'johan@tull.example', password: 'correct-horse-battery' },
      });
      expect(response.statusCode, `${origin}: ${response.body}`).toBe(200);
    }
  });

  it('refuses a change posted by a page on another port (an HTML form, text/plain), and nothing changes', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: withdrawUrl(),
      headers: { cookie: adept, origin: 'http://localhost:4000', 'content-type': 'text/plain', 'sec-fetch-site': 'same-site' },
      payload: 'x=1',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'forbidden', field: 'origin' });
    expect(response.json().error.message).toContain('PUBLIC_URL http://localhost:3000');
    expect(await applicationStatus()).toBe('submitted');
  });

  it('refuses a change whose Origin is "null" (a sandboxed page) or another site', async () => {
    for (const origin of ['null', 'https://evil.example', 'http://localhost:3000.evil.example']) {
      const response = await t.app.inject({
        method: 'POST',
        url: withdrawUrl(),
        headers: { cookie: adept, origin, 'content-type': 'application/json' },
        payload: '{}',
      });
      expect(response.statusCode, origin).toBe(403);
    }
    expect(await applicationStatus()).toBe('submitted');
  });

  it('without Origin, refuses what Sec-Fetch-Site says came from another site or port', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const response = await t.app.inject({
        method: 'POST',
        url: withdrawUrl(),
        headers: { cookie: adept, 'sec-fetch-site': site },
      });
      expect(response.statusCode, site).toBe(403);
    }
    expect(await applicationStatus()).toBe('submitted');
  });

  it('refuses text/plain, form and multipart bodies from Lots itself too (415 naming the content type)', async () => {
    for (const [type, body] of [
      ['text/plain', '{}'],
      ['text/plain;charset=UTF-8', ''],
      ['application/x-www-form-urlencoded', 'a=b'],
      ['multipart/form-data; boundary=x', '--x--'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: withdrawUrl(),
        headers: { cookie: adept, origin: 'http://localhost:3000', 'content-type': type },
        payload: body,
      });
      expect(response.statusCode, type).toBe(415);
      expect(response.json().error).toMatchObject({ code: 'unsupported_media_type', field: 'content-type' });
    }
    expect(await applicationStatus()).toBe('submitted');
  });

  it('accepts the same change from Lots’ own page (Origin PUBLIC_URL or a loopback alias)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: withdrawUrl(),
      headers: { cookie: adept, origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await applicationStatus()).toBe('withdrawn');
  });

  it('reads (GET) are not refused for their Origin', async () => {
    const response = await t.app.inject({ url: '/api/me', headers: { cookie: adept, origin: 'https://evil.example' } });
    expect(response.statusCode).toBe(200);
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://lots.example.org' });
    const org = await t.createOrganisation('Tullverket');
    await t.createMember(org, 'johan@tull.example', ['participant']);
  });
  afterAll(() => t.destroy());

  it('a sign-in from another origin gets a message naming PUBLIC_URL', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: 'http://127.0.0.1:3000' },
      payload: { email: 'johan@tull.example', password: 'correct-horse-battery' },
    });
    expect(response.statusCode).toBe(403);
    const error = response.json().error;
    expect(error.message).toContain('PUBLIC_URL https://lots.example.org');
    expect(error.details[0]).toMatchObject({ code: 'origin.notAllowed', values: { publicUrl: 'https://lots.example.org' } });
    expect(response.headers['set-cookie']).toBeUndefined();
    const sessions = await t.database.db.select().from(schema.session);
    expect(sessions).toEqual([]);
  });

  it('signs in from PUBLIC_URL', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: 'https://lots.example.org' },
      payload: { email: 'johan@tull.example', password: 'correct-horse-battery' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const [user] = await t.database.db.select().from(schema.user).where(eq(schema.user.email, 'johan@tull.example'));
    expect(await t.database.db.select().from(schema.session).where(eq(schema.session.userId, user!.id))).toHaveLength(1);
  });
});

const HASHED_JS = `export const page = ${JSON.stringify('x'.repeat(2000))};\n`;

/** A built web app of a few files, to check what is served (and what is not). */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lots-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="sv"><script type="module" src="/assets/app.js"></script></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map\n');
  writeFileSync(join(dir, 'assets', 'app.js.map'), '{"version":3,"sources":["../src/secret.ts"],"mappings":""}');
  // A content-hashed file with the build's precompressed copies, and index.html's.
  writeFileSync(join(dir, 'assets', 'page-Ab1_x-Z9.js'), HASHED_JS);
  writeFileSync(join(dir, 'assets', 'page-Ab1_x-Z9.js.br'), brotliCompressSync(HASHED_JS));
  writeFileSync(join(dir, 'assets', 'page-Ab1_x-Z9.js.gz'), gzipSync(HASHED_JS));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(readFileSync(join(dir, 'index.html'))));
  return dir;
}

const directives = (header: unknown) =>
  new Map(
    String(header)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
  );

describe('security headers, compression and source maps', () => {
  for (const production of [false, true]) {
    describe(production ? 'in production' : 'outside production', () => {
      let t: TestApp;
      let webDist: string;
      let cookie: string;
      beforeAll(async () => {
        webDist = fakeWebDist();
        t = await createTestApp({
          WEB_DIST: webDist,
          ...(production ? { NODE_ENV: 'production', PUBLIC_URL: 'https://lots.example.org' } : {}),
        });
        await t.createMember(await t.createOrganisation('Tullverket'), 'eva@tull.example', ['participant']);
        cookie = await t.signIn('eva@tull.example');
      });
      afterAll(async () => {
        await t.destroy();
        rmSync(webDist, { recursive: true, force: true });
      });

      it('every response (page, API, error, docs) carries the headers', async () => {
        for (const url of [
          '/',
          '/programs/x',
          '/assets/app.js',
          '/api/me',
          '/api/nothing',
          '/healthz',
          '/api/docs',
          '/api/docs/static/index.html',
        ]) {
          const response = await t.app.inject({ url, headers: url.startsWith('/api/docs') ? { cookie } : {} });
          const csp = directives(response.headers['content-security-policy']);
          expect(csp.get('script-src'), url).toEqual(["'self'"]);
          expect(csp.get('default-src'), url).toEqual(["'self'"]);
          expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
          expect(csp.get('object-src'), url).toEqual(["'none'"]);
          expect(csp.get('script-src-attr'), url).toEqual(["'none'"]);
          expect(response.headers['x-content-type-options'], url).toBe('nosniff');
          expect(response.headers['x-frame-options'], url).toBe('DENY');
          expect(response.headers['referrer-policy'], url).toBe('no-referrer');
          if (production) {
            expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
            expect(csp.has('upgrade-insecure-requests'), url).toBe(true);
          } else {
            expect(response.headers['strict-transport-security'], url).toBeUndefined();
            expect(csp.has('upgrade-insecure-requests'), url).toBe(false);
          }
        }
      });

      it('the API docs page loads only its own scripts (no inline script, so the CSP lets it run)', async () => {
        const response = await t.app.inject({ url: '/api/docs/', headers: { cookie } });
        expect(response.statusCode).toBe(200);
        const scripts = [...response.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts.length).toBeGreaterThan(0);
        for (const [, attributes, content] of scripts) {
          expect(attributes).toMatch(/src="[^"]*\/static\//);
          expect(content!.trim()).toBe('');
        }
        const initializer = await t.app.inject({ url: '/api/docs/static/swagger-initializer.js', headers: { cookie } });
        expect(initializer.statusCode).toBe(200);
        expect(initializer.body).toContain('validatorUrl');
      });

      it(production ? 'does not serve source maps' : 'serves source maps to developers', async () => {
        expect((await t.app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
        const map = await t.app.inject({ url: '/assets/app.js.map' });
        expect(map.statusCode).toBe(production ? 404 : 200);
        if (production) expect(map.body).not.toContain('secret.ts');
      });

      it('serves the precompressed copies of built files, hashed files cached for a year, the rest revalidated', async () => {
        const br = await t.app.inject({ url: '/assets/page-Ab1_x-Z9.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
        expect(br.statusCode).toBe(200);
        expect(br.headers['content-encoding']).toBe('br');
        expect(br.headers['content-type']).toMatch(/javascript/);
        expect(brotliDecompressSync(br.rawPayload).toString()).toBe(HASHED_JS);
        expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(String(br.headers.vary)).toMatch(/accept-encoding/i);

        const gz = await t.app.inject({ url: '/assets/page-Ab1_x-Z9.js', headers: { 'accept-encoding': 'gzip' } });
        expect(gz.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(gz.rawPayload).toString()).toBe(HASHED_JS);
        expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');

        const plain = await t.app.inject({ url: '/assets/page-Ab1_x-Z9.js' });
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body).toBe(HASHED_JS);

        for (const url of ['/', '/programs/x']) {
          const page = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
          expect(page.statusCode, url).toBe(200);
          expect(page.headers['cache-control'], url).toBe('no-cache');
          expect(page.headers['content-encoding'], url).toBe('gzip');
          expect(gunzipSync(page.rawPayload).toString(), url).toContain('<!doctype html>');
        }
        expect((await t.app.inject({ url: '/assets/app.js' })).headers['cache-control']).toBe('no-cache');
        expect((await t.app.inject({ url: '/assets/nothing-Ab1_x-Z9.js' })).statusCode).toBe(404);
      });

      it('compresses API answers for clients that accept it', async () => {
        const response = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-encoding']).toBe('gzip');
        expect(JSON.parse(gunzipSync(response.rawPayload).toString()).info.title).toBe('Lots API');
        const plain = await t.app.inject({ url: '/api/openapi.json' });
        expect(plain.headers['content-encoding']).toBeUndefined();
      });
    });
  }
});

describe('cache policy of built files', () => {
  it('is immutable for content-hashed assets (and their compressed copies) only', () => {
    for (const path of ['assets/react-DctBZRDK.js', 'assets/me--ybXA6_Z.js', 'assets/en-_ziaaKd_.js.br', 'assets/index-DLm0jl9i.css.gz']) {
      expect(webCacheControl(path), path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['index.html', 'index.html.gz', 'favicon.svg', 'assets/app.js', 'assets/a-short.js', 'other/x-DctBZRDK.js']) {
      expect(webCacheControl(path), path).toBe('no-cache');
    }
  });
});
