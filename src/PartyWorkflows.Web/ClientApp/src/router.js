// Hash routes (#/tasks/…): the server serves one page, so any address the user bookmarks loads it.
import { signal, useSignal } from './signal.js';

const current = signal(location.hash);
window.addEventListener('hashchange', () => current.set(location.hash));

export function useRoute() {
  const hash = useSignal(current);
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, query: new URLSearchParams(query) };
}

export const navigate = (path) => { location.hash = path; };
