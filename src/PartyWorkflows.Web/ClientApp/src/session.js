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
