// The decision form: the reviewer's own assessment first (it opens the rest), then outcome,
// reasons and note; escalate or release instead; keys 1-3 and o 1-5 choose through chooseRadio.

import { api, ApiError } from './api.js';
import { renderCase, showBanner } from './case-detail.js';
import { currentCase } from './current-case.js';
import { chosenPartners, resetPartners, showPartnersFor } from './destinations.js';
import { $, fill, h, showAlert, showStatus } from './dom.js';
import { handleError } from './errors.js';
import { label, t } from './i18n.js';
import { nextCase } from './worklist.js';

const OWN = ['Concern', 'NoConcern', 'Unsure'];
const OUTCOMES = ['NoConcern', 'ReferCriminalInvestigation', 'ReferVictimSupport', 'ReferLabourInspection', 'InsufficientInformation'];
const REASONS = ['FACTS_EXPLAINED', 'DOCUMENTS_IN_ORDER', 'INTERVIEW_CONCERN', 'THIRD_PARTY_CONTROL', 'MINOR_AT_RISK', 'EXPLOITATIVE_CONDITIONS', 'OTHER'];

/** Wires the decision form, escalate, release and next case. */
export function initDecision() {
  $('decision-form').addEventListener('change', (event) => {
    if (event.target.name === 'own') {
      recordOwnAssessment(event.target.value);
    } else if (event.target.name === 'outcome') {
      showPartnersFor(event.target.value);
    }
  });
  $('decision-form').addEventListener('submit', submitDecision);
  $('next-case').addEventListener('click', nextCase);
  $('escalate').addEventListener('click', escalate);
  $('release').addEventListener('click', release);
}

export function renderDecisionOptions() {
  const own = document.querySelector('input[name="own"]:checked')?.value;
  const outcome = document.querySelector('input[name="outcome"]:checked')?.value;
  const reasons = new Set([...document.querySelectorAll('input[name="reason"]:checked')].map((i) => i.value));
  const radio = (name, value, key, index, checked) => h('label', { class: 'option' },
    h('input', { type: 'radio', name, value, checked }),
    h('kbd', { 'aria-hidden': 'true' }, String(index + 1)), ' ', t(key));
  fill($('own-options'), OWN.map((v, i) => radio('own', v, `own.${v}`, i, v === own)));
  fill($('outcome-options'), OUTCOMES.map((v, i) => radio('outcome', v, `outcome.${v}`, i, v === outcome)));
  fill($('reason-options'), REASONS.map((v) => h('label', { class: 'option' },
    h('input', { type: 'checkbox', name: 'reason', value: v, checked: reasons.has(v) }), ' ', t(`reason.${v}`))));
}

export function resetDecisionForm() {
  $('decision-form').reset();
  resetPartners();
  renderDecisionOptions();
  updateDecisionGates();
}

export function setDecisionEnabled(enabled) {
  $('own-fieldset').disabled = !enabled;
  $('more-actions').hidden = !enabled;
  updateDecisionGates(enabled);
}

/**
 * Records the own assessment on the server before anything else opens: only then does the API show
 * this reviewer the score, band and model output, which the case page then loads and shows.
 */
async function recordOwnAssessment(value) {
  const current = currentCase();
  if (!current?.claimed || current.done || current.ownRecorded) {
    updateDecisionGates();
    return;
  }
  showStatus(t('decision.ownRecording'));
  try {
    await api.ownAssessment(current.jurisdiction, current.caseId, value);
    current.ownRecorded = value;
    current.detail = await api.caseDetail(current.jurisdiction, current.caseId);
    renderCase();
    updateDecisionGates();
    showStatus(t('decision.ownRecorded'));
  } catch (error) {
    document.querySelectorAll('input[name="own"]').forEach((input) => { input.checked = false; });
    updateDecisionGates();
    handleError(error);
  }
}

/** Outcome, reasons, note and submit open only after the reviewer's own assessment is recorded. */
export function updateDecisionGates(enabled = !$('own-fieldset').disabled) {
  const current = currentCase();
  const hasOwn = !!current?.ownRecorded;
  // Recorded once: the radios keep the answer and cannot change it after the scores were shown.
  document.querySelectorAll('input[name="own"]').forEach((input) => {
    input.disabled = hasOwn && input.value !== current.ownRecorded;
    if (hasOwn) {
      input.checked = input.value === current.ownRecorded;
    }
  });
  const open = enabled && hasOwn;
  $('outcome-fieldset').disabled = !open;
  $('reasons-fieldset').disabled = !open;
  $('destinations-fieldset').disabled = !open;
  $('decision-note').disabled = !open;
  $('decision-submit').disabled = !open;
  $('own-first').hidden = !enabled || hasOwn;
}

export function chooseRadio(name, index) {
  const input = document.querySelectorAll(`input[name="${name}"]`)[index];
  if (!input || input.disabled || input.closest('fieldset')?.disabled) {
    return;
  }
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.focus();
}

export async function submitDecision(event) {
  event?.preventDefault();
  const current = currentCase();
  if (!current?.claimed || current.done) {
    return;
  }
  const ownAssessment = document.querySelector('input[name="own"]:checked')?.value;
  const outcome = document.querySelector('input[name="outcome"]:checked')?.value;
  if (!ownAssessment || !outcome) {
    showAlert(t('decision.missing'));
    return;
  }
  const decision = {
    ownAssessment,
    outcome,
    reasonCodes: [...document.querySelectorAll('input[name="reason"]:checked')].map((i) => i.value),
    note: $('decision-note').value.trim() || null,
    destinations: chosenPartners(),
  };
  if (decision.destinations?.length === 0) {
    showAlert(t('decision.noDestination'));
    return;
  }
  $('decision-submit').disabled = true;
  showStatus(t('decision.submitting'));
  try {
    const updated = await api.decide(current.jurisdiction, current.caseId, decision);
    current.done = true;
    current.claimed = false;
    if (updated && current.detail) {
      current.detail.case = { ...current.detail.case, ...updated };
    }
    setDecisionEnabled(false);
    renderCase();
    $('alert').textContent = '';
    showStatus(t('decision.recorded', { outcome: label('outcome', outcome) }));
    $('next-case').focus();
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      current.claimed = false;
      setDecisionEnabled(false);
      showBanner(t('decision.notHeld'));
    } else {
      updateDecisionGates();
      handleError(error);
    }
  }
}

async function escalate() {
  const current = currentCase();
  const reason = $('escalate-reason').value.trim();
  if (!current?.claimed) {
    return;
  }
  if (!reason) {
    showAlert(t('decision.escalateNeedsReason'));
    $('escalate-reason').focus();
    return;
  }
  try {
    await api.escalate(current.jurisdiction, current.caseId, reason);
    current.done = true;
    current.claimed = false;
    setDecisionEnabled(false);
    showStatus(t('decision.escalated'));
    $('next-case').focus();
  } catch (error) {
    handleError(error);
  }
}

async function release() {
  const current = currentCase();
  if (!current?.claimed) {
    return;
  }
  try {
    await api.release(current.jurisdiction, current.caseId);
    current.claimed = false;
    current.done = true;
    setDecisionEnabled(false);
    showStatus(t('decision.released'));
    $('next-case').focus();
  } catch (error) {
    handleError(error);
  }
}
