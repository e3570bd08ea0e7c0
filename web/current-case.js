// The case open on the case page: which case, whether this reviewer holds its claim, whether it is
// done, and what the API returned for it. Kept apart so routing, the case page, the decision form
// and error handling share one record.

import { api } from './api.js';

let open = null;

/** The open case, or null on any other page. */
export const currentCase = () => open;

/** Starts a fresh record for a case being opened; callers compare against it to drop stale loads. */
export function beginCase(caseId, jurisdiction) {
  open = { caseId, jurisdiction, claimed: false, done: false, detail: null, claim: null, conflict: null, ownRecorded: null };
  return open;
}

/** Drops the record without calling the API (the session has ended). */
export function forgetCase() {
  open = null;
}

/** Leaves the open case; a claim held without a decision is given back. */
export async function leaveCase() {
  const current = open;
  open = null;
  if (current?.claimed && !current.done) {
    try {
      await api.release(current.jurisdiction, current.caseId);
    } catch {
      // The lease lapses by itself after 15 minutes; nothing else to do.
    }
  }
}
