// Marks the elements of a diagram shown by bpmn-js: the CSS classes are styled in styles.css.
export function mark(viewer, ids, marker) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  for (const id of new Set(ids)) {
    if (id && registry.get(id)) canvas.addMarker(id, marker);
  }
}

export function unmarkAll(viewer, marker) {
  const canvas = viewer.get('canvas');
  viewer.get('elementRegistry').forEach((element) => canvas.removeMarker(element, marker));
}
