// The header of a signed-in page: who is signed in, the jurisdiction switch, the navigation with
// the current page marked, and the language buttons' pressed state.

import { $, fill, h } from './dom.js';
import { label, language, t } from './i18n.js';
import {
  isAuditor, jurisdictionsOf, managedOf, session, supervisedOf,
} from './session.js';

/** Fills the header for the view on screen (signin, worklist, case, supervisor or audit). */
export function renderSession(view) {
  const payload = session.payload();
  $('whoami').textContent = t('app.signedInAs', { subject: payload?.sub ?? '?' });
  const select = $('jurisdiction-switch');
  const current = session.jurisdiction();
  const codes = jurisdictionsOf(payload);
  fill(select, codes.map((code) => h('option', { value: code, selected: code === current }, label('jurisdiction', code))));
  $('jurisdiction-field').hidden = codes.length === 0;
  $('nav-worklist').hidden = codes.length === 0;
  // Supervision is per jurisdiction: offered only where the token supervises the one chosen.
  $('nav-supervisor').hidden = !supervisedOf(payload).includes(current);
  $('nav-audit').hidden = !isAuditor(payload);
  $('nav-watchlists').hidden = managedOf(payload).length === 0;
  const active = {
    worklist: 'nav-worklist', case: 'nav-worklist', supervisor: 'nav-supervisor', audit: 'nav-audit', watchlists: 'nav-watchlists',
  }[view];
  for (const id of ['nav-worklist', 'nav-supervisor', 'nav-audit', 'nav-watchlists']) {
    if (id === active) {
      $(id).setAttribute('aria-current', 'page');
    } else {
      $(id).removeAttribute('aria-current');
    }
  }
}

export function renderLanguageButtons() {
  for (const button of document.querySelectorAll('button.lang')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
  }
}
