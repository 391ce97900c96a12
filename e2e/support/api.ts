/** Setting the stage through the real HTTP API (the steps under test go through the UI). */
export async function apiAs(url: string, email: string, password = 'lots-demo') {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in ${email}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** Accepts an invitation link from a mail through the API, setting a password. */
export async function acceptInvitation(url: string, link: string, name: string, password: string) {
  // The link carries the mail's language after the token (`?lang=sv`, decision 0082).
  const token = new URL(link).pathname.split('/invitation/')[1]!;
  const res = await fetch(`${url}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (!res.ok) throw new Error(`accept invitation: ${res.status} ${await res.text()}`);
}
