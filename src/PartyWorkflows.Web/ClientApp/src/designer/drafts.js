// Drafts of a workflow being edited, kept on the server until published (publishing deletes it there): one per
// process, shared by the administrators, so unfinished work survives another browser and is seen by colleagues.
import { ApiError, api } from '../api.js';

const path = (processId) => `/api/definitions/${encodeURIComponent(processId)}/draft`;

export const drafts = {
  /** Saves; answers {savedAt, errors, warnings} — a draft may still have validation errors. */
  save: (processId, xml) => api(path(processId), { method: 'PUT', body: { xml } }),
  /** The draft {xml, savedBy, savedAt}, or null when the process has none. */
  load: (processId) => api(path(processId)).catch((e) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }),
};
