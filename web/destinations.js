// The partners a referral goes to (GET /api/review/{j}/signal-partners): one checkbox per partner of
// the jurisdiction, shown once a referral outcome is chosen. The partner of the outcome's kind and,
// where the jurisdiction keeps one, the theme register start ticked; each ticked partner gets its
// own signal.

import { api } from './api.js';
import { $, fill, h } from './dom.js';

const KIND_OF = {
  ReferCriminalInvestigation: 'CriminalInvestigation',
  ReferVictimSupport: 'VictimSupport',
  ReferLabourInspection: 'LabourInspection',
};

const state = { jurisdiction: null, partners: [], outcome: null };

/** Loads the jurisdiction's partners once per jurisdiction (the list changes only with configuration). */
export async function loadPartners(jurisdiction) {
  if (state.jurisdiction === jurisdiction) {
    return;
  }
  try {
    state.partners = await api.signalPartners(jurisdiction);
    state.jurisdiction = jurisdiction;
  } catch {
    // Without the list the decision goes to the outcome's default partner (the API's default).
    state.partners = [];
  }
}

/** Shows the partners for a referral outcome, with the defaults ticked; hides them otherwise. */
export function showPartnersFor(outcome) {
  const kind = KIND_OF[outcome];
  const fieldset = $('destinations-fieldset');
  fieldset.hidden = !kind || state.partners.length === 0;
  if (fieldset.hidden || outcome === state.outcome) {
    state.outcome = kind ? outcome : null;
    return;
  }
  state.outcome = outcome;
  fill($('destination-options'), state.partners.map((partner) => h('label', { class: 'option' },
    h('input', {
      type: 'checkbox', name: 'destination', value: partner.id, checked: partner.kind === kind || partner.kind === 'ThemeRegister',
    }),
    ' ', partner.name)));
}

/** Clears the choice (a new case). */
export function resetPartners() {
  state.outcome = null;
  $('destinations-fieldset').hidden = true;
  fill($('destination-options'));
}

/** The ticked partners' ids, or undefined when none are shown (the API then takes the default). */
export function chosenPartners() {
  if ($('destinations-fieldset').hidden) {
    return undefined;
  }
  return [...document.querySelectorAll('input[name="destination"]:checked')].map((input) => input.value);
}
