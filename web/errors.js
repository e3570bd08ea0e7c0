// Turns a failed API call into a message for the reviewer; a refused token ends the session.

import { ApiError } from './api.js';
import { forgetCase } from './current-case.js';
import { showAlert } from './dom.js';
import { t } from './i18n.js';
import { navigate } from './router.js';
import { session } from './session.js';

function errorText(error) {
  if (error instanceof ApiError) {
    if (error.status === 0) {
      return t('error.network');
    }
    if (error.status === 403) {
      return t('error.forbidden');
    }
    const problem = error.problem ?? {};
    const details = Array.isArray(problem.errors)
      ? problem.errors.map((e) => [e.path, e.message ?? e.detail].filter(Boolean).join(' ') || JSON.stringify(e))
      : problem.errors && typeof problem.errors === 'object'
        ? Object.entries(problem.errors).map(([field, messages]) => `${field}: ${[].concat(messages).join(', ')}`)
        : [];
    return t('error.generic', { detail: [problem.title ?? `HTTP ${error.status}`, problem.detail, ...details].filter(Boolean).join(' — ') });
  }
  return t('error.generic', { detail: error?.message ?? String(error) });
}

/** A refused token ends the session: back to sign-in with a message. */
export function handleError(error) {
  if (error instanceof ApiError && error.status === 401) {
    session.signOut();
    forgetCase();
    navigate('#/signin');
    showAlert(t('signin.sessionEnded'));
    return;
  }
  showAlert(errorText(error));
}
