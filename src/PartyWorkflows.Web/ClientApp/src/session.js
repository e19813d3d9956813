// The signed-in user (GET /api/auth/me): null while unknown, false when signed out.
import { api, get, ApiError } from './api.js';
import { signal } from './signal.js';

export const session = signal(null);

export async function refreshSession() {
  try {
    session.set(await get('/api/auth/me'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) session.set(false);
    else throw e;
  }
}

export async function signIn(email, password) {
  await api('/api/auth/login?useCookies=true', { method: 'POST', body: { email, password } });
  await refreshSession();
}

export async function signOut() {
  await api('/api/auth/logout', { method: 'POST' });
  session.set(false);
  location.hash = '#/';
}

/** The organisations a user picks from: every one for administrators, otherwise those of the user's seats. */
export async function organisationChoices(user) {
  if (user.isAdministrator) {
    return (await get('/api/admin/organisations')).map((o) => ({ id: o.organisationId, name: o.name }));
  }
  return [...new Map(user.seats.map((s) => [s.organisationId, { id: s.organisationId, name: s.organisationName }])).values()];
}
