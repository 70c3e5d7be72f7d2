import { api } from '../api.js';
import { startPage } from '../shell.js';
import { clearProblem, handleSubmit } from '../forms.js';
import { keepNext, safeNext } from '../navigation.js';

const NOTICES = {
  closed: 'Your account is closed. You have been signed out.',
  'signed-out': 'You are signed out.',
  'password-changed': 'Your password was changed. Sign in with the new one.',
};

const session = await startPage({ page: 'sign-in', requireSignIn: false });
if (session.signedIn) location.replace(safeNext());

const form = document.getElementById('sign-in');
const codeStep = document.getElementById('code-step');
const code = form.elements.code;
const back = document.getElementById('code-back');
const credentials = form.querySelector('.credentials');
keepNext(document.getElementById('sign-up-link'));
showNotice();

handleSubmit(form, async ({ email, password, code: entered }) => {
  try {
    await api('/api/auth/login', { method: 'POST', body: { email, password, code: codeStep.hidden ? undefined : entered } });
  } catch (error) {
    if (error.problem?.codeRequired && codeStep.hidden) {
      showCodeStep();
      return;
    }
    if (error.status === 429 && error.problem.retryAfter) {
      error.problem.detail = `Wait about ${Math.ceil(error.problem.retryAfter / 60)} minute(s) before trying again.`;
    }
    throw error;
  }
  location.assign(safeNext());
});

back.addEventListener('click', () => {
  codeStep.hidden = true;
  code.disabled = true;
  code.value = '';
  credentials.hidden = false;
  back.hidden = true;
  clearProblem(form);
  form.elements.password.value = '';
  form.elements.email.focus();
});

function showCodeStep() {
  credentials.hidden = true;
  codeStep.hidden = false;
  code.disabled = false;
  back.hidden = false;
  code.focus();
}

function showNotice() {
  const params = new URLSearchParams(location.search);
  const key = params.has('closed') ? 'closed' : params.get('notice');
  const notice = document.getElementById('page-notice');
  if (NOTICES[key]) {
    notice.textContent = NOTICES[key];
    notice.hidden = false;
  }
}
