import { api } from '../api.js';
import { startPage } from '../shell.js';
import { handleSubmit } from '../forms.js';
import { keepNext, safeNext } from '../navigation.js';

const session = await startPage({ page: 'sign-up', requireSignIn: false });
if (session.signedIn) location.replace(safeNext());

keepNext(document.getElementById('sign-in-link'));
const form = document.getElementById('sign-up');

handleSubmit(form, async ({ email, displayName, password, confirmAdult }) => {
  await api('/api/auth/register', { method: 'POST', body: { email: email.trim(), displayName: displayName.trim(), password, confirmAdult } });
  const sent = document.getElementById('link-sent');
  document.getElementById('link-sent-address').textContent = email.trim();
  document.getElementById('continue-link').href = safeNext();
  form.hidden = true;
  sent.hidden = false;
  sent.focus();
});
