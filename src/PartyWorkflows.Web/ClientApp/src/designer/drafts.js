// Drafts of a workflow being edited, kept in this browser's storage until published: a draft is one administrator's
// unfinished work, so it needs no table on the server.
const key = (processId) => `pw.draft.${processId}`;

export const drafts = {
  save(processId, xml) {
    const draft = { xml, savedAt: new Date().toISOString() };
    localStorage.setItem(key(processId), JSON.stringify(draft));
    return draft;
  },
  load(processId) {
    const stored = localStorage.getItem(key(processId));
    return stored ? JSON.parse(stored) : null;
  },
  remove(processId) {
    localStorage.removeItem(key(processId));
  },
};
