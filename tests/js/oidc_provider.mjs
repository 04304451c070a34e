#!/usr/bin/env node
// A real OpenID provider on loopback for the sign-in tests and the local demo: panva's oidc-provider (the npm
// package, pinned in package.json), with its development login and consent pages, one confidential client and the
// test accounts below. Plain HTTP on 127.0.0.1 only; nothing it serves loads anything from elsewhere.
//
//   node tests/js/oidc_provider.mjs [--port N] [--client-id ID] [--client-secret S]
//                                   [--redirect-uri URI]... [--any-loopback-port] [--password P]
//   node tests/js/oidc_provider.mjs --accounts        # the accounts as JSON, then exit
//
// Every option may come from the environment instead: OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET,
// OIDC_REDIRECT_URIS (separated by commas or spaces), OIDC_ANY_LOOPBACK_PORT=1, OIDC_PASSWORD. Port 0 (the default)
// takes a free port. Once listening it prints exactly one line on stdout, "ready http://127.0.0.1:PORT" (the
// issuer); SIGTERM or SIGINT closes it and exits 0.
//
// --any-loopback-port registers the client as an RFC 8252 "native" client, so a redirect URI
// http://127.0.0.1:ANY/oauth2callback matches the registered http://127.0.0.1/oauth2callback whatever its port: one
// provider can then serve any number of app servers on free ports.
import crypto from 'node:crypto';
import http from 'node:http';
import process from 'node:process';
import { parseArgs } from 'node:util';

// The test accounts: the login is the account id, and the claims the ID token carries. The password is the same for
// all (OIDC_PASSWORD, default below); any other login or password is refused on the login form.
export const ACCOUNTS = {
  'viewer@alliance.test': { groups: ['viewers'], name: 'Viewer Test' },
  'analyst@alliance.test': { groups: ['analysts'], name: 'Analyst Test' },
  'admin@alliance.test': { groups: ['secretariat'], name: 'Admin Test' },
  // member institution sy_metrology (Shenyang Metrology Testing Institute)
  'member.sy_metrology@alliance.test': { groups: ['members'], name: 'Member Shenyang Metrology' },
  // member institution as_pq (Anshan Product Quality Supervision and Inspection Institute)
  'member.as_pq@alliance.test': { groups: ['members'], name: 'Member Anshan Product Quality' },
  'stranger@example.org': { groups: [], name: 'Stranger' },
};
const DEFAULT_PASSWORD = 'alliance-test';

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'redirect-uri': { type: 'string', multiple: true },
    'any-loopback-port': { type: 'boolean' },
    password: { type: 'string' },
    accounts: { type: 'boolean' },
  },
});

if (opts.accounts) {
  process.stdout.write(`${JSON.stringify(ACCOUNTS, null, 2)}\n`);
  process.exit(0);
}

const env = process.env;
const port = Number(opts.port ?? env.OIDC_PORT ?? 0);
const clientId = opts['client-id'] ?? env.OIDC_CLIENT_ID ?? 'alliance-dashboard';
const clientSecret = opts['client-secret'] ?? env.OIDC_CLIENT_SECRET ?? 'alliance-dashboard-test-secret';
const redirectUris = opts['redirect-uri']
  ?? (env.OIDC_REDIRECT_URIS ? env.OIDC_REDIRECT_URIS.split(/[\s,]+/).filter(Boolean) : null)
  ?? ['http://127.0.0.1/oauth2callback'];
const anyLoopbackPort = Boolean(opts['any-loopback-port'] || ['1', 'true', 'yes'].includes(env.OIDC_ANY_LOOPBACK_PORT));
const password = opts.password ?? env.OIDC_PASSWORD ?? DEFAULT_PASSWORD;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`bad port: ${opts.port ?? env.OIDC_PORT}\n`);
  process.exit(2);
}

const { default: Provider } = await import('oidc-provider');

function configuration() {
  // A fresh signing key and cookie key on every start (no warning about oidc-provider's published dev keys).
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirectUris,
      // Streamlit's st.logout() sends the user back to its redirect_uri (/oauth2callback) after the provider's
      // sign-out page.
      post_logout_redirect_uris: redirectUris,
      application_type: anyLoopbackPort ? 'native' : 'web',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    // email, groups and name in the ID token itself: Streamlit's st.user is the ID token's claims, and the default
    // (true) would put only sub there and keep the rest for the userinfo endpoint, which Streamlit never calls.
    conformIdTokenClaims: false,
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    async findAccount(ctx, id) {
      const account = ACCOUNTS[id];
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id, email_verified: true, name: account.name, groups: account.groups };
        },
      };
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    // Short lifetimes: a test run is minutes.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 1800,
      Grant: 1800,
    },
  };
}

function page(title, body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>`
    + `<body><h1>${title}</h1>${body}</body></html>`;
}

const server = http.createServer();
server.on('error', (err) => {
  process.stderr.write(`oidc_provider: ${err.message}\n`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, configuration());

  provider.use(async (ctx, next) => {
    // The login form: refuse an unknown account or a wrong password before the development interaction (which takes
    // any login) sees it. The body is parsed here; oidc-provider accepts an already parsed body.
    if (ctx.method === 'POST' && /^\/interaction\/[^/]+$/.test(ctx.path) && ctx.is('application/x-www-form-urlencoded')) {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      ctx.request.body = body;
      if (body.prompt === 'login' && (!(body.login in ACCOUNTS) || body.password !== password)) {
        ctx.status = 401;
        ctx.type = 'html';
        ctx.body = page('Sign-in failed', `<p>Unknown account or wrong password.</p><p><a href="${ctx.path}">Try again</a></p>`);
        return;
      }
    }
    await next();
    // oidc-provider's stock pages import a web font from fonts.googleapis.com: drop it, nothing leaves loopback.
    if (typeof ctx.body === 'string' && ctx.response.is('html')) {
      ctx.body = ctx.body.replace(/@import url\(https?:\/\/[^)]*\);?/g, '');
    }
  });

  server.on('request', provider.callback());
  process.stdout.write(`ready ${issuer}\n`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
