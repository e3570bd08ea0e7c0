// The sign-in state of this tab: the bearer token and the chosen jurisdiction live in
// sessionStorage, so closing the tab signs out. The token's payload is decoded for display only
// (which jurisdictions to offer); the API checks the signature and the roles.

const TOKEN_KEY = 'screening.token';
const JURISDICTION_KEY = 'screening.jurisdiction';

export const ALL_JURISDICTIONS = ['AW', 'CW', 'SX', 'BQ-BO', 'BQ-SE', 'BQ-SA'];

const AREA = {
  'Review.AW': ['AW'],
  'Review.CW': ['CW'],
  'Review.SX': ['SX'],
  'Review.BQ': ['BQ-BO', 'BQ-SE', 'BQ-SA'],
};

/** The JSON payload of a JWT, or null when it cannot be read. */
export function decodeToken(token) {
  const parts = (token || '').trim().split('.');
  if (parts.length < 2) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(parts[1].length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' ? payload : null;
  } catch {
    return null;
  }
}

const asList = (value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
  .map((item) => String(item).trim())
  .filter(Boolean);

/** The jurisdictions a token's roles allow reviewing (display only). */
export function jurisdictionsOf(payload) {
  if (!payload) {
    return [];
  }
  const roles = asList(payload.roles);
  const allowed = new Set();
  for (const role of roles) {
    for (const code of AREA[role] ?? []) {
      allowed.add(code);
    }
  }
  if (roles.includes('Review.Supervisor')) {
    const scope = asList(payload.jurisdictions).map((c) => String(c).toUpperCase());
    for (const code of ALL_JURISDICTIONS) {
      if (scope.length === 0 || scope.includes(code) || (scope.includes('BQ') && code.startsWith('BQ-'))) {
        allowed.add(code);
      }
    }
  }
  return ALL_JURISDICTIONS.filter((code) => allowed.has(code));
}

/** Whether a token's roles include supervising (display only; the API decides). */
export const isSupervisor = (payload) => asList(payload?.roles).includes('Review.Supervisor');

/** Whether a token's roles include reading the audit log (display only; the API decides). */
export const isAuditor = (payload) => asList(payload?.roles).includes('Audit.Read');

export function isExpired(payload, now = Date.now()) {
  return typeof payload?.exp === 'number' && payload.exp * 1000 <= now;
}

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  payload: () => decodeToken(sessionStorage.getItem(TOKEN_KEY)),
  subject: () => decodeToken(sessionStorage.getItem(TOKEN_KEY))?.sub ?? null,
  jurisdiction: () => sessionStorage.getItem(JURISDICTION_KEY),
  signIn(token, jurisdiction) {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    sessionStorage.setItem(JURISDICTION_KEY, jurisdiction);
  },
  setJurisdiction: (jurisdiction) => sessionStorage.setItem(JURISDICTION_KEY, jurisdiction),
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(JURISDICTION_KEY);
  },
  isSignedIn() {
    const payload = decodeToken(sessionStorage.getItem(TOKEN_KEY));
    // An auditor without a review role signs in without a jurisdiction (the audit log spans them all).
    return payload !== null && !isExpired(payload)
      && (jurisdictionsOf(payload).includes(sessionStorage.getItem(JURISDICTION_KEY)) || isAuditor(payload));
  },
};
