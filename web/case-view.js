// Opening a case: claim it (a 409 means someone else holds it or it is closed), load its detail,
// then open the decision form when this reviewer holds the claim.

import { api, ApiError } from './api.js';
import { renderCase, showBanner, showConflict } from './case-detail.js';
import { beginCase, currentCase } from './current-case.js';
import { loadPartners } from './destinations.js';
import {
  renderDecisionOptions, resetDecisionForm, setDecisionEnabled, updateDecisionGates,
} from './decision.js';
import { $, clearMessages, fill, showStatus } from './dom.js';
import { handleError } from './errors.js';
import { formatDateTime, t } from './i18n.js';
import { renderObservations } from './observations.js';
import { navigate, showView } from './router.js';
import { session } from './session.js';

/** Wires the way back to the worklist. */
export function initCaseView() {
  $('case-back').addEventListener('click', () => navigate('#/cases'));
}

export async function openCase(caseId) {
  const jurisdiction = session.jurisdiction();
  if (currentCase()?.caseId === caseId) {
    showView('case');
    return;
  }
  showView('case');
  clearMessages();
  beginCase(caseId, jurisdiction);
  $('case-heading').textContent = t('case.heading', { caseId });
  for (const id of ['case-change', 'case-summary', 'case-facts', 'case-indicators', 'case-linked', 'case-model', 'case-risk', 'case-history']) {
    fill($(id));
  }
  $('claim-banner').hidden = true;
  resetDecisionForm();
  setDecisionEnabled(false);
  $('case-heading').focus();
  showStatus(t('case.loading'));

  const current = currentCase();
  await loadPartners(jurisdiction);
  try {
    current.claim = await api.claim(jurisdiction, caseId);
    current.claimed = true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      current.conflict = error.problem ?? {};
    } else if (error instanceof ApiError && error.status === 404) {
      showBanner(t('case.notFound'));
      return;
    } else {
      handleError(error);
      if (!(error instanceof ApiError) || error.status === 401) {
        return;
      }
    }
  }
  if (currentCase() !== current) {
    return;
  }
  try {
    current.detail = await api.caseDetail(jurisdiction, caseId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      showBanner(t('case.notFound'));
    } else {
      handleError(error);
    }
    return;
  }
  if (currentCase() !== current) {
    return;
  }
  const item = current.detail.case ?? {};
  if (item.ownAssessment && item.ownAssessedBy === session.subject()) {
    current.ownRecorded = item.ownAssessment;
  }
  renderCase();
  renderObservations();
  if (current.claimed) {
    setDecisionEnabled(true);
    showStatus(t('case.claimed', { time: formatDateTime(current.claim.leaseUntil) }));
  } else if (current.conflict) {
    showConflict();
  }
}

/** Re-renders the case page in the current language. */
export function rerenderCase() {
  $('case-heading').textContent = t('case.heading', { caseId: currentCase()?.caseId ?? '' });
  renderDecisionOptions();
  updateDecisionGates();
  renderCase();
  renderObservations();
}
