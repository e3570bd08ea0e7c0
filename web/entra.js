// Sign-in with Entra ID (or, in the browser tests, a stand-in OpenID provider): MSAL for the browser
// runs the authorisation code flow with PKCE by redirect, renews the API's access token silently
// before each call and signs out at the provider. The host serves the settings as config.json; with
// none (or mode "local") the page keeps the pasted token of the local host. MSAL itself is served
// with the page (vendor/msal-browser.min.js, from the npm package) and loaded only in Entra mode.

let config = { mode: 'local' };
let client = null;
let account = null;

/** Reads config.json; a missing or unreadable file means local sign-in. */
async function readConfig() {
  try {
    const response = await fetch('config.json', { cache: 'no-store' });
    if (!response.ok) {
      return { mode: 'local' };
    }
    const body = await response.json();
    return body && body.mode === 'entra' ? body : { mode: 'local' };
  } catch {
    return { mode: 'local' };
  }
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

const request = () => ({ scopes: [config.apiScope], account });

/**
 * Reads the settings and, in Entra mode, starts MSAL and finishes a sign-in that redirected back
 * here. Returns the access token of a sign-in that just completed, or null.
 */
export async function startSignIn() {
  config = await readConfig();
  if (config.mode !== 'entra') {
    return null;
  }
  await loadScript('vendor/msal-browser.min.js');
  const { PublicClientApplication } = window.msal;
  client = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities ?? [],
      // The page itself receives the code; a query response keeps the page's #/ routes untouched.
      redirectUri: `${location.origin}/`,
      postLogoutRedirectUri: `${location.origin}/`,
      ...(config.protocolMode === 'OIDC' ? { OIDCOptions: { responseMode: 'query' } } : {}),
    },
    // Tokens stay in this tab, like the pasted token (closing the tab signs out locally).
    cache: { cacheLocation: 'sessionStorage' },
    system: { protocolMode: config.protocolMode ?? 'AAD' },
  });
  await client.initialize();
  const result = await client.handleRedirectPromise();
  account = result?.account ?? client.getAllAccounts()[0] ?? null;
  if (result?.accessToken) {
    // Drop ?code=…&state=… from the address bar once MSAL has redeemed them.
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
    return result.accessToken;
  }
  return null;
}

/** Whether the page signs in with Entra ID. */
export const usesEntra = () => client !== null;

/** Whether MSAL holds a signed-in account. */
export const hasAccount = () => account !== null;

/** Sends the browser to the provider's sign-in (authorisation code with PKCE). */
export async function signInWithEntra() {
  await client.loginRedirect({ scopes: [config.apiScope] });
}

/**
 * An access token for the API, renewed silently when it is near its expiry (refresh token, or the
 * provider's session). When the provider wants the reviewer back (consent, expired session), the
 * page redirects to it. Null in local mode: the pasted token is used as it is.
 */
export async function freshToken() {
  if (!client || !account) {
    return null;
  }
  try {
    const result = await client.acquireTokenSilent(request());
    return result.accessToken;
  } catch (error) {
    if (error instanceof window.msal.InteractionRequiredAuthError) {
      await client.acquireTokenRedirect(request());
    }
    throw error;
  }
}

/** A token for the sign-in view right after loading (the redirect result or the cache). */
export async function currentToken() {
  try {
    return await freshToken();
  } catch {
    return null;
  }
}

/** Signs out at the provider too (end-session), which then returns to the page. */
export async function signOutOfEntra() {
  if (!client) {
    return;
  }
  const leaving = account;
  account = null;
  await client.logoutRedirect({ account: leaving });
}
