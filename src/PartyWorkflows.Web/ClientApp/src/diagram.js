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

/** Fits the whole diagram, leaving room on the left (in screen pixels) so the modeler's palette covers no element. */
export function fitWithMargin(viewer, left = 140, top = 30) {
  const canvas = viewer.get('canvas');
  const { inner, outer } = canvas.viewbox();
  const scale = Math.min(1, (outer.width - left - 20) / inner.width, (outer.height - 2 * top) / inner.height);
  canvas.viewbox({ x: inner.x - left / scale, y: inner.y - top / scale, width: outer.width / scale, height: outer.height / scale });
}
