// The reviewers' page: sign-in, worklist, case view with claim and decision, supervision and audit.
// Plain ES modules, no inline script or style (the page runs under a strict
// Content-Security-Policy). This entry module loads the texts, wires the page-wide controls and each
// view's own, and routes; the views live in signin.js, worklist.js, case-view.js (with
// case-detail.js and decision.js) and oversight.js, the routing in router.js.

import { tick } from './case-fields.js';
import { initCaseView, rerenderCase } from './case-view.js';
import { leaveCase } from './current-case.js';
import { initDecision } from './decision.js';
import {
  $, clearMessages, fill, h, showAlert, showStatus,
} from './dom.js';
import { signOutOfEntra, startSignIn, usesEntra } from './entra.js';
import { handleError } from './errors.js';
import { renderLanguageButtons, renderSession } from './header.js';
import { applyTexts, loadTexts, setLanguage } from './i18n.js';
import { initKeyboard } from './keyboard.js';
import { initObservations } from './observations.js';
import { initOversight, rerenderOversight } from './oversight.js';
import { currentView, navigate, route } from './router.js';
import { session } from './session.js';
import { initWatchlists, showWatchlists } from './watchlists.js';
import { initSignIn, updateTokenInfo } from './signin.js';
import {
  clearSelection, initWorklist, rerenderWorklist, resetFilters,
} from './worklist.js';

function rerender() {
  applyTexts();
  renderLanguageButtons();
  const view = currentView();
  if (view === 'signin') {
    updateTokenInfo();
  } else if (view === 'worklist') {
    renderSession(view);
    rerenderWorklist();
  } else if (view === 'case') {
    renderSession(view);
    rerenderCase();
  } else if (view === 'supervisor' || view === 'audit') {
    renderSession(view);
    rerenderOversight(view);
  } else if (view === 'watchlists') {
    renderSession(view);
    showWatchlists();
  }
}

function wire() {
  $('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('main').focus();
  });
  for (const button of document.querySelectorAll('button.lang')) {
    button.addEventListener('click', () => {
      setLanguage(button.dataset.lang);
      rerender();
    });
  }
  $('sign-out').addEventListener('click', async () => {
    await leaveCase();
    session.signOut();
    clearMessages();
    if (usesEntra()) {
      // Ends the provider's session too; it sends the browser back to the sign-in view.
      await signOutOfEntra();
      return;
    }
    navigate('#/signin');
  });
  $('shortcuts-button').addEventListener('click', () => $('shortcuts').showModal());
  $('jurisdiction-switch').addEventListener('change', (event) => {
    session.setJurisdiction(event.target.value);
    resetFilters();
    clearSelection();
    if (location.hash === '#/cases' || location.hash === '#/supervisor') {
      route();
    } else {
      navigate('#/cases');
    }
  });
  initOversight({
    h, fill, showStatus, showAlert, clearMessages, handleError,
  });
  initSignIn();
  initWatchlists();
  initWorklist();
  initCaseView();
  initDecision();
  initObservations();
  initKeyboard();
  window.addEventListener('hashchange', route);
  window.setInterval(tick, 1000);
  // Filters start open on wide screens and folded on phones, where the cases matter more.
  $('filters-box').open = window.matchMedia('(min-width: 40rem)').matches;
}

async function start() {
  try {
    await startSignIn();
  } catch (error) {
    showAlert(error.message);
  }
  await loadTexts();
  applyTexts();
  renderLanguageButtons();
  wire();
  await route();
  document.body.dataset.ready = 'true';
}

start();
