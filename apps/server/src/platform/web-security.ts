/**
 * What a browser needs to be safe with Lots: the origins Lots answers changes from (CSRF
 * and better-auth's trusted origins), the content types it parses, security headers
 * (@fastify/helmet) and compressed answers (@fastify/compress). See decisions 0020 and 0022.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import fastifyCompress from '@fastify/compress';
import type { Config } from '../config';
import { AppError } from './errors';

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The origins a browser may send changes from: PUBLIC_URL's, and outside production its
 * loopback aliases (http://127.0.0.1:3000 works as well as http://localhost:3000).
 */
export function allowedOrigins(config: Pick<Config, 'publicUrl' | 'production'>): string[] {
  const url = new URL(config.publicUrl);
  const origins = [url.origin];
  if (!config.production && LOOPBACK_HOSTS.includes(url.hostname)) {
    for (const host of LOOPBACK_HOSTS) {
      const alias = new URL(url.origin);
      alias.hostname = host;
      origins.push(alias.origin);
    }
  }
  return [...new Set(origins)];
}

/** The 403 for a change sent from a page of another origin; it names PUBLIC_URL so a misconfiguration is easy to see. */
export function wrongOrigin(config: Pick<Config, 'publicUrl' | 'production'>, origin: string): AppError {
  const message =
    `This request comes from ${origin}, but Lots accepts changes only from its own pages at PUBLIC_URL ${config.publicUrl}` +
    (config.production ? '' : ' (or its other loopback names)') +
    `. Open Lots at ${config.publicUrl}, or set PUBLIC_URL to the address people use.`;
  return new AppError('forbidden', message, 'origin', [
    { field: 'origin', code: 'origin.notAllowed', values: { publicUrl: config.publicUrl }, message },
  ]);
}

/**
 * Cross-site request forgery: a change (POST, PUT, PATCH, DELETE) is accepted only from
 * Lots' own pages. Browsers send `Origin` with every such request; where it is missing,
 * `Sec-Fetch-Site` must not say that another site (or another port) sent it. A request
 * with neither header is not from a browser and carries no ambient risk.
 */
export function checkOrigin(config: Pick<Config, 'publicUrl' | 'production'>, origins: readonly string[], request: FastifyRequest) {
  if (!UNSAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (!origins.includes(origin)) {
      request.log.warn({ origin, publicUrl: config.publicUrl }, 'refused a change sent from another origin (check PUBLIC_URL)');
      throw wrongOrigin(config, origin);
    }
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    request.log.warn({ secFetchSite: site }, 'refused a change sent from another site');
    throw wrongOrigin(config, `a ${site} page`);
  }
}

/**
 * The Content-Security-Policy of every response: scripts only from Lots itself (no inline
 * script, no eval), no framing, forms only to Lots. Inline styles stay allowed: React's
 * `style` props and the API docs page set them.
 */
export function contentSecurityPolicy(publicUrl: string): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // Only where Lots is served over HTTPS: upgrading would break an http:// installation.
    ...(publicUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
  };
}

/** Registers the origin check, the content types, the headers and compression on the root instance. */
export async function registerWebSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const origins = allowedOrigins(config);
  // Only JSON (and, on the import routes, CSV and XLSX): Fastify's default text/plain parser
  // would let an HTML form (enctype text/plain) reach a route.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => checkOrigin(config, origins, request));

  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config.publicUrl) },
    // HTTPS only in production; a developer's http://localhost must not learn HSTS.
    strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Links with secret tokens (invitations, responses, password reset) must not leak to other sites.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
}
