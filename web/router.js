// Views are chosen by the URL hash: #/signin, #/cases, #/cases/{caseId}, #/supervisor, #/audit and #/watchlists.
// The view modules import navigate from here while route calls into them; only functions cross
// that cycle and nothing runs at import time, so the order modules load in does not matter.

import { openCase } from './case-view.js';
import { currentCase, leaveCase } from './current-case.js';
import { $ } from './dom.js';
import { renderSession } from './header.js';
import { showAudit, showSupervisor } from './oversight.js';
import {
  isAuditor, jurisdictionsOf, managedOf, session, supervisedOf,
} from './session.js';
import { showSignIn } from './signin.js';
import { showWatchlists } from './watchlists.js';
import { showWorklist } from './worklist.js';

let shown = null;

/** The view on screen: signin, worklist, case, supervisor or audit. */
export const currentView = () => shown;

export function navigate(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

export function showView(name) {
  shown = name;
  for (const view of ['signin', 'worklist', 'case', 'supervisor', 'audit', 'watchlists']) {
    $(`view-${view}`).hidden = view !== name;
  }
  const signedIn = name !== 'signin';
  $('session').hidden = !signedIn;
  if (signedIn) {
    renderSession(name);
  }
}

export async function route() {
  const hash = location.hash || '#/cases';
  const caseMatch = /^#\/cases\/(.+)$/.exec(hash);
  // Leaving a case we hold without a decision gives it back, so nobody waits for a lapsed lease.
  const open = currentCase();
  if (open && (!caseMatch || decodeURIComponent(caseMatch[1]) !== open.caseId)) {
    await leaveCase();
  }
  if (!session.isSignedIn()) {
    if (hash !== '#/signin') {
      history.replaceState(null, '', '#/signin');
    }
    showSignIn();
    return;
  }
  const payload = session.payload();
  const reviews = jurisdictionsOf(payload).includes(session.jurisdiction());
  if (hash === '#/signin') {
    showSignIn();
  } else if (hash === '#/audit' && isAuditor(payload)) {
    showView('audit');
    await showAudit();
  } else if (hash === '#/watchlists' && managedOf(payload).length > 0) {
    showView('watchlists');
    await showWatchlists();
  } else if (hash === '#/supervisor' && supervisedOf(payload).includes(session.jurisdiction())) {
    showView('supervisor');
    await showSupervisor();
  } else if (!reviews) {
    // An auditor without a review role has only the audit log.
    history.replaceState(null, '', '#/audit');
    showView('audit');
    await showAudit();
  } else if (caseMatch) {
    await openCase(decodeURIComponent(caseMatch[1]));
  } else {
    await showWorklist();
  }
}
