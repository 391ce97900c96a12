/**
 * The reference of `npm run bench:requests`: bare Fastify and node-postgres, no logging, no schemas,
 * answering the people list with the minimal equivalent SQL — the session, its user and person in
 * one statement, then one page of the organisation's people with the total (the people list's first page, decision 0176) — and a
 * plain JSON.stringify. Run as its own process: `node bench/requests-reference.mjs` with
 * DATABASE_URL, PORT and HOST.
 */
import { createRequire } from 'node:module';

// Fastify and pg are the server's and the database package's dependencies.
const require = createRequire(new URL('../apps/server/package.json', import.meta.url));
const Fastify = require('fastify');
const pg = createRequire(new URL('../packages/db/package.json', import.meta.url))('pg');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

const ACTOR = `select u.id, p.organisation_id, p.roles, p.active
  from session s join "user" u on u.id = s.user_id left join people p on p.user_id = u.id
  where s.token = $1 and s.expires_at > now()`;
// The people list's page as the bench asks for it (the first): the page's ids from the organisation's index first, only
// those people joined, the total an uncorrelated count of the organisation's people. Lots's own statement
// (people/repository.ts, decision 0192) also holds the backward walk for pages in the second half, which a first page
// never runs; this is the minimal SQL for the same answer.
const PAGE = `select p.id, p.organisation_id as "organisationId", p.unit_id as "unitId", un.name as "unitName", p.name, p.email,
    p.title, p.manager_id as "managerId", m.name as "managerName", coalesce(m.email, p.manager_email) as "managerEmail", p.roles,
    case when p.user_id is not null then 'active'
         when exists (select 1 from invitations i where i.person_id = p.id and i.accepted_at is null
                      and i.revoked_at is null and i.expires_at > now()) then 'invited'
         else 'none' end as "accountStatus",
    (select count(*)::int from people where organisation_id = $1) as total
  from people p
  join (select id from people where organisation_id = $1 order by name, id limit $2 offset $3) page on page.id = p.id
  left join units un on un.id = p.unit_id left join people m on m.id = p.manager_id
  order by p.name, p.id`;

app.get('/api/organisations/:orgId/people', async (request, reply) => {
  const cookie = /(?:^|;\s*)[^=;]*better-auth\.session_token=([^;]+)/.exec(request.headers.cookie ?? '');
  const token = cookie ? decodeURIComponent(cookie[1]).split('.')[0] : null;
  if (!token) return reply.status(401).send({ error: { code: 'unauthenticated' } });
  const actor = (await pool.query({ name: 'actor', text: ACTOR, values: [token] })).rows[0];
  if (!actor) return reply.status(401).send({ error: { code: 'unauthenticated' } });
  const { orgId } = request.params;
  if (!actor.active || actor.organisation_id !== orgId || !actor.roles.some((r) => r === 'coordinator' || r === 'org_admin'))
    return reply.status(403).send({ error: { code: 'forbidden' } });
  const limit = Math.min(Number(request.query.limit ?? 100), 500);
  const offset = Number(request.query.offset ?? 0);
  const rows = (await pool.query({ name: 'page', text: PAGE, values: [orgId, limit, offset] })).rows;
  const total = rows[0]?.total ?? 0;
  // An unsearched list's total is exact (decision 0203).
  return { items: rows.map(({ total: _total, ...item }) => item), total, totalCapped: false };
});
app.get('/healthz', async () => ({ status: 'ok' }));

await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
