// Keyboard shortcuts (listed in the #shortcuts dialog, opened with ?): j/k or arrows and Enter in
// the worklist, n for the next case, 1-3 for the own assessment and o then 1-5 for the outcome on a
// case, Ctrl+Enter to submit, Escape to leave a field or the case. Typing in a field is never taken.

import { chooseRadio, submitDecision } from './decision.js';
import { $, showStatus } from './dom.js';
import { t } from './i18n.js';
import { currentView, navigate } from './router.js';
import { moveSelection, nextCase, selectedCaseLink } from './worklist.js';

let outcomeKeyPending = false;
let outcomeKeyTimer = 0;

export function initKeyboard() {
  document.addEventListener('keydown', onKeyDown);
}

function isTextField(element) {
  if (!element) {
    return false;
  }
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable) {
    return true;
  }
  return element.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(element.type);
}

function onKeyDown(event) {
  if ($('shortcuts').open) {
    return;
  }
  const target = document.activeElement;
  const inField = isTextField(target);

  if (event.key === 'Escape') {
    if (inField) {
      target.blur();
      event.preventDefault();
    } else if (currentView() === 'case') {
      event.preventDefault();
      navigate('#/cases');
    }
    return;
  }
  if (currentView() === 'case' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submitDecision();
    return;
  }
  if (inField || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  if (event.key === '?') {
    event.preventDefault();
    $('shortcuts').showModal();
    return;
  }
  if (currentView() === 'worklist') {
    if (event.key === 'j' || event.key === 'ArrowDown') {
      event.preventDefault();
      moveSelection(1);
    } else if (event.key === 'k' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveSelection(-1);
    } else if (event.key === 'n') {
      event.preventDefault();
      nextCase();
    } else if (event.key === 'Enter' && !target?.closest('a, button, summary')) {
      const link = selectedCaseLink();
      if (link) {
        event.preventDefault();
        link.click();
      }
    }
    return;
  }
  if (currentView() === 'case') {
    if (outcomeKeyPending && /^[1-5]$/.test(event.key)) {
      event.preventDefault();
      outcomeKeyPending = false;
      chooseRadio('outcome', Number(event.key) - 1);
      return;
    }
    outcomeKeyPending = false;
    if (/^[1-3]$/.test(event.key)) {
      event.preventDefault();
      chooseRadio('own', Number(event.key) - 1);
    } else if (event.key === 'o') {
      if (!$('outcome-fieldset').disabled) {
        event.preventDefault();
        outcomeKeyPending = true;
        window.clearTimeout(outcomeKeyTimer);
        outcomeKeyTimer = window.setTimeout(() => { outcomeKeyPending = false; }, 3000);
        showStatus(t('decision.outcomeKey'));
      }
    } else if (event.key === 'n') {
      event.preventDefault();
      nextCase();
    }
  }
}
