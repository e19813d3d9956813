// Calls the service's JSON API with the browser's sign-in cookie. A failed call throws an ApiError carrying the
// problem details (Vietnamese title and detail, and the per-field errors of a 400). A FormData body (a file upload)
// is sent as multipart/form-data; any other body as JSON.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.fieldErrors = problem?.errors && !Array.isArray(problem.errors) ? problem.errors : {};
  }
}

export async function api(path, { method = 'GET', body, raw = false } = {}) {
  const headers = { Accept: 'application/json' };
  const multipart = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined || multipart ? body : JSON.stringify(body),
  });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not every failure has a body */ }
    throw new ApiError(response.status, problem);
  }
  if (raw) return response.text();
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path) => api(path);
export const post = (path, body) => api(path, { method: 'POST', body: body ?? {} });
export const upload = (path, file) => {
  const form = new FormData();
  form.append('file', file);
  return api(path, { method: 'POST', body: form });
};
