// The sign-in state of this tab: the bearer token and the chosen jurisdiction live in
// sessionStorage, so closing the tab signs out. The token's payload is decoded for display only
// (which jurisdictions to offer); the API checks the signature and the roles.

const TOKEN_KEY = 'screening.token';
const JURISDICTION_KEY = 'screening.jurisdiction';
const DELEGATED_KEY = 'screening.delegated';

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

/** Roles the token's jurisdictions claim limits (docs/security.md); the grant widens them to all. */
const SCOPED_ROLES = ['Review.Supervisor', 'Audit.Read', 'Model.Train'];
const ALL_COUNTRIES_GRANT = 'Jurisdictions.All';

/**
 * The jurisdictions of the token's claim, read as the API reads it: codes in an array or separated
 * by commas, semicolons or spaces, BQ for its three islands. Missing, empty or malformed (any code
 * that is not a jurisdiction) gives none, as in the API (display only; the API decides).
 */
export function claimedJurisdictions(payload) {
  const raw = payload?.jurisdictions ?? payload?.['extn.jurisdictions'];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  const codes = [];
  for (const value of values) {
    if (typeof value !== 'string') {
      return [];
    }
    let items = value.trim().split(/[,; ]+/).filter(Boolean);
    if (value.trim().startsWith('[')) {
      try {
        items = JSON.parse(value);
      } catch {
        return [];
      }
      if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
        return [];
      }
    }
    for (const item of items) {
      const code = item.trim().toUpperCase().replace('_', '-');
      if (code === 'BQ') {
        codes.push('BQ-BO', 'BQ-SE', 'BQ-SA');
      } else if (ALL_JURISDICTIONS.includes(code)) {
        codes.push(code);
      } else {
        return [];
      }
    }
  }
  return ALL_JURISDICTIONS.filter((code) => codes.includes(code));
}

/** The jurisdictions a scoped role of the token reaches (none when the token lacks the role). */
function reachedBy(payload, role) {
  const roles = asList(payload?.roles);
  if (!roles.includes(role)) {
    return [];
  }
  return roles.includes(ALL_COUNTRIES_GRANT) ? [...ALL_JURISDICTIONS] : claimedJurisdictions(payload);
}

/**
 * The jurisdictions a supervisor delegated to this token's subject, as read at sign-in from
 * GET /api/delegations/mine (the token does not name them; the API checks the grant on every call).
 */
export function delegatedOf(payload) {
  try {
    const stored = JSON.parse(sessionStorage.getItem(DELEGATED_KEY) ?? 'null');
    return stored && payload?.sub && stored.sub === payload.sub && Array.isArray(stored.codes)
      ? stored.codes.filter((code) => ALL_JURISDICTIONS.includes(code))
      : [];
  } catch {
    return [];
  }
}

/** The jurisdictions a token's roles (and the delegations of its subject) allow reviewing (display only). */
export function jurisdictionsOf(payload) {
  if (!payload) {
    return [];
  }
  const allowed = new Set([...reachedBy(payload, 'Review.Supervisor'), ...delegatedOf(payload)]);
  for (const role of asList(payload.roles)) {
    for (const code of AREA[role] ?? []) {
      allowed.add(code);
    }
  }
  return ALL_JURISDICTIONS.filter((code) => allowed.has(code));
}

/** The jurisdictions the token supervises (display only; the API decides). */
export const supervisedOf = (payload) => reachedBy(payload, 'Review.Supervisor');

/** The jurisdictions whose audit log the token may read (display only; the API decides). */
export const auditedOf = (payload) => reachedBy(payload, 'Audit.Read');

/** The jurisdictions whose watchlists the token manages (display only; the API decides). */
export const managedOf = (payload) => [...new Set([...reachedBy(payload, 'Watchlist.Manage'), ...reachedBy(payload, 'Watchlist.Children')])];

/** Whether the token reads the audit log of at least one jurisdiction (display only; the API decides). */
export const isAuditor = (payload) => auditedOf(payload).length > 0;

/**
 * Whether the token holds a role the jurisdictions claim limits but reaches no jurisdiction with it
 * (no claim, an empty or a malformed one, and no all-countries grant): the page says so.
 */
export const lacksJurisdictions = (payload) => SCOPED_ROLES
  .some((role) => asList(payload?.roles).includes(role) && reachedBy(payload, role).length === 0);

export function isExpired(payload, now = Date.now()) {
  return typeof payload?.exp === 'number' && payload.exp * 1000 <= now;
}

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  payload: () => decodeToken(sessionStorage.getItem(TOKEN_KEY)),
  // The API names a caller by oid when the token has one (Entra ID), else by sub.
  subject: () => {
    const payload = decodeToken(sessionStorage.getItem(TOKEN_KEY));
    return payload?.oid ?? payload?.sub ?? null;
  },
  jurisdiction: () => sessionStorage.getItem(JURISDICTION_KEY),
  signIn(token, jurisdiction, delegated = []) {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    sessionStorage.setItem(JURISDICTION_KEY, jurisdiction);
    sessionStorage.setItem(DELEGATED_KEY, JSON.stringify({ sub: decodeToken(token)?.sub ?? null, codes: delegated }));
  },
  /** Replaces the token with a renewed one (Entra ID), keeping the jurisdiction. */
  renew: (token) => sessionStorage.setItem(TOKEN_KEY, token),
  setJurisdiction: (jurisdiction) => sessionStorage.setItem(JURISDICTION_KEY, jurisdiction),
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(JURISDICTION_KEY);
    sessionStorage.removeItem(DELEGATED_KEY);
  },
  isSignedIn() {
    const payload = decodeToken(sessionStorage.getItem(TOKEN_KEY));
    // An auditor without a review role signs in without a jurisdiction (the audit log spans them all).
    return payload !== null && !isExpired(payload)
      && (jurisdictionsOf(payload).includes(sessionStorage.getItem(JURISDICTION_KEY)) || isAuditor(payload));
  },
};
