// BPMN files as the designer receives and publishes them.
import { layoutProcess } from 'bpmn-auto-layout';

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/**
 * Adds the optional incoming/outgoing references of every flow node from its sequence flows: the repository's files
 * leave them out (sourceRef/targetRef say it all), but the auto-layout walks the graph through them.
 */
function withFlowReferences(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const byId = new Map([...doc.getElementsByTagName('*')].filter((n) => n.getAttribute('id')).map((n) => [n.getAttribute('id'), n]));
  const add = (node, name, flowId) => {
    if (!node || [...node.children].some((c) => c.localName === name && c.textContent.trim() === flowId)) return;
    const reference = doc.createElementNS(BPMN, `${node.prefix ? `${node.prefix}:` : ''}${name}`);
    reference.textContent = flowId;
    // The schema wants incoming/outgoing before any other child of a flow node.
    node.insertBefore(reference, [...node.children].find((c) => c.localName !== 'incoming' && c.localName !== 'outgoing' && c.localName !== 'documentation' && c.localName !== 'extensionElements') ?? null);
  };
  for (const flow of doc.getElementsByTagNameNS(BPMN, 'sequenceFlow')) {
    const id = flow.getAttribute('id');
    add(byId.get(flow.getAttribute('sourceRef')), 'outgoing', id);
    add(byId.get(flow.getAttribute('targetRef')), 'incoming', id);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** The repository's workflow files carry no diagram layout; bpmn-js needs one, so it is generated when missing. */
export async function withLayout(xml) {
  return xml.includes('BPMNShape') ? xml : layoutProcess(withFlowReferences(xml));
}

export const emptyDiagram = (id) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:pw="http://partyworkflows.vn/schema/1.0/bpmn" id="${id}-definitions" targetNamespace="http://partyworkflows.vn/workflows">
  <bpmn:process id="${id}" name="Quy trình mới" isExecutable="true">
    <bpmn:startEvent id="start" name="Bắt đầu" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram">
    <bpmndi:BPMNPlane id="plane" bpmnElement="${id}">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="180" y="160" width="36" height="36" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/**
 * What changed between two versions, element by element: added, removed, and changed attributes (names, committee,
 * deadlines, conditions). Layout (DI) is left out: moving a shape changes nothing that runs.
 */
export function compareVersions(oldXml, newXml) {
  const read = (xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const elements = new Map();
    for (const node of doc.getElementsByTagName('*')) {
      const id = node.getAttribute('id');
      if (!id || node.namespaceURI?.includes('/DI') || node.namespaceURI?.includes('/DD/')) continue;
      const attributes = Object.fromEntries([...node.attributes].filter((a) => a.name !== 'id' && !a.name.startsWith('xmlns')).map((a) => [a.name, a.value]));
      const text = [...node.children].filter((c) => c.localName === 'conditionExpression' || c.localName === 'timeDuration' || c.localName === 'timeCycle' || c.localName === 'timeDate')
        .map((c) => c.textContent.trim());
      for (const def of node.children) {
        for (const inner of def.children) {
          if (['timeDuration', 'timeCycle', 'timeDate'].includes(inner.localName)) text.push(inner.textContent.trim());
        }
      }
      if (text.length) attributes['(body)'] = text.join(' ');
      elements.set(id, { type: node.localName, attributes });
    }
    return elements;
  };
  const before = read(oldXml);
  const after = read(newXml);
  const changes = [];
  for (const [id, element] of after) {
    const old = before.get(id);
    if (!old) { changes.push({ id, type: element.type, kind: 'added', details: [] }); continue; }
    const names = new Set([...Object.keys(old.attributes), ...Object.keys(element.attributes)]);
    const details = [...names].filter((n) => old.attributes[n] !== element.attributes[n])
      .map((n) => ({ name: n, before: old.attributes[n] ?? '', after: element.attributes[n] ?? '' }));
    if (details.length) changes.push({ id, type: element.type, kind: 'changed', details });
  }
  for (const [id, element] of before) {
    if (!after.has(id)) changes.push({ id, type: element.type, kind: 'removed', details: [] });
  }
  return changes;
}
