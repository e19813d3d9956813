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

/** Fits the whole diagram with a margin on the left, so the modeler's palette covers no element. */
export function fitWithMargin(viewer) {
  const canvas = viewer.get('canvas');
  const { inner } = canvas.viewbox();
  canvas.viewbox({ x: inner.x - 110, y: inner.y - 50, width: inner.width + 150, height: inner.height + 100 });
}
