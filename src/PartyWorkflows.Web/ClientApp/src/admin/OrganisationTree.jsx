import { get } from '../api.js';
import { L } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';

const kinds = { province: ['Tỉnh ủy, thành ủy', 'Province'], superior: ['Cấp trên cơ sở', 'Superior'], grassroots: ['Cơ sở', 'Grassroots'], cell: ['Chi bộ', 'Cell'] };

function Branch({ nodes, parentId }) {
  const children = nodes.filter((n) => (n.parentId || null) === parentId);
  if (children.length === 0) return null;
  return (
    <ul class="tree">
      {children.map((n) => (
        <li key={n.organisationId}>
          <b>{n.name}</b> <span class="muted">{kinds[n.kind] ? L(...kinds[n.kind]) : n.kind} · {n.code}</span>
          <Branch nodes={nodes} parentId={n.organisationId} />
        </li>
      ))}
    </ul>
  );
}

export function OrganisationTree() {
  const organisations = useLoad(() => get('/api/admin/organisations'), []);
  if (organisations.error) return <ErrorBox error={organisations.error} />;
  if (!organisations.data) return null;
  const ids = new Set(organisations.data.map((o) => o.organisationId));
  // Roots are the nodes without a parent in the tree (a parent outside it counts as none).
  const nodes = organisations.data.map((o) => ({ ...o, parentId: o.parentId && ids.has(o.parentId) ? o.parentId : null }));
  return <div class="card" data-testid="organisation-tree"><Branch nodes={nodes} parentId={null} /></div>;
}
