// The reviewers' API (docs/review-api.md) on the same origin, with the bearer token from the session.

import { freshToken } from './entra.js';
import { session } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function request(method, path, body, contentType = 'application/json') {
  const headers = { Accept: 'application/json' };
  if (session.token()) {
    // Entra ID: MSAL hands back the cached token or renews it silently when it nears its expiry.
    const fresh = await freshToken().catch(() => null);
    if (fresh) {
      session.renew(fresh);
    }
  }
  const token = session.token();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
  }
  const payload = body === undefined || contentType !== 'application/json' ? body : JSON.stringify(body);
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, cache: 'no-store' });
  } catch (error) {
    throw new ApiError(0, { title: error.message });
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = { title: text.slice(0, 200) };
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

/** A request to any route of the API (used by screens with their own routes, such as watchlists.js). */
export const apiRequest = request;

const base = (jurisdiction) => `/api/review/${encodeURIComponent(jurisdiction)}/cases`;
const snoozes = (jurisdiction) => `/api/review/${encodeURIComponent(jurisdiction)}/snoozes`;
const one = (jurisdiction, caseId) => `${base(jurisdiction)}/${encodeURIComponent(caseId)}`;

export const api = {
  worklist(jurisdiction, query) {
    const parameters = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        parameters.set(key, value);
      }
    }
    return request('GET', `${base(jurisdiction)}?${parameters}`);
  },
  caseDetail: (jurisdiction, caseId) => request('GET', one(jurisdiction, caseId)),
  claim: (jurisdiction, caseId) => request('POST', `${one(jurisdiction, caseId)}/claim`),
  release: (jurisdiction, caseId) => request('POST', `${one(jurisdiction, caseId)}/release`),
  escalate: (jurisdiction, caseId, reason) => request('POST', `${one(jurisdiction, caseId)}/escalate`, { reason }),
  ownAssessment: (jurisdiction, caseId, ownAssessment) => request('POST', `${one(jurisdiction, caseId)}/own-assessment`, { ownAssessment }),
  decide: (jurisdiction, caseId, decision) => request('POST', `${one(jurisdiction, caseId)}/decision`, decision),
  reopen: (jurisdiction, caseId, reason) => request('POST', `${one(jurisdiction, caseId)}/reopen`, { reason }),
  reassign: (jurisdiction, caseId, reviewer, reason) => request('POST', `${one(jurisdiction, caseId)}/reassign`, { reviewer, reason }),
  snoozes: (jurisdiction) => request('GET', `${snoozes(jurisdiction)}`),
  extendSnooze: (jurisdiction, snoozeId, days, reason) => request('POST', `${snoozes(jurisdiction)}/${encodeURIComponent(snoozeId)}/extend`, { days, reason }),
  liftSnooze: (jurisdiction, snoozeId) => request('DELETE', `${snoozes(jurisdiction)}/${encodeURIComponent(snoozeId)}`),
  signalPartners: (jurisdiction) => request('GET', `/api/review/${encodeURIComponent(jurisdiction)}/signal-partners`),
  delegations: (jurisdiction) => request('GET', `/api/supervision/${encodeURIComponent(jurisdiction)}/delegations`),
  grantDelegation: (jurisdiction, body) => request('POST', `/api/supervision/${encodeURIComponent(jurisdiction)}/delegations`, body),
  revokeDelegation: (jurisdiction, id, reason) => request('POST', `/api/supervision/${encodeURIComponent(jurisdiction)}/delegations/${encodeURIComponent(id)}/revoke`, { reason }),
  capacity: (jurisdiction) => request('GET', `/api/supervision/${encodeURIComponent(jurisdiction)}/capacity`),
  setCapacity: (jurisdiction, body) => request('POST', `/api/supervision/${encodeURIComponent(jurisdiction)}/capacity`, body),
  addObservations: (jurisdiction, caseId, body) => request('POST', `${one(jurisdiction, caseId)}/observations`, body),
  checkPlan: (jurisdiction, days) => request('GET', `/api/check-planning/${encodeURIComponent(jurisdiction)}?days=${encodeURIComponent(days)}`),
  recordFinding: (jurisdiction, body) => request('POST', `/api/check-planning/${encodeURIComponent(jurisdiction)}/findings`, body),
  agreement: (jurisdiction) => request('GET', `/api/supervision/${encodeURIComponent(jurisdiction)}/agreement`),
  audit(query) {
    const parameters = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value) {
        parameters.set(key, value);
      }
    }
    return request('GET', `/api/audit?${parameters}`);
  },
};
