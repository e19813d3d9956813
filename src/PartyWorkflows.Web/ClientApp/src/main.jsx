import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import './styles.css';
import { culture, L, setCulture } from './i18n.js';
import { useSignal } from './signal.js';
import { session, refreshSession, signOut } from './session.js';
import { useRoute } from './router.js';
import { LoginPage } from './pages/LoginPage.jsx';
import { InboxPage } from './pages/InboxPage.jsx';
import { TaskPage } from './pages/TaskPage.jsx';
import { InstancePage } from './pages/InstancePage.jsx';
import { StartCasePage } from './pages/StartCasePage.jsx';
import { DesignerPage } from './designer/DesignerPage.jsx';
import { AdminPage } from './admin/AdminPage.jsx';
import { MembersPage } from './members/MembersPage.jsx';
import { MemberPage } from './members/MemberPage.jsx';

function Page({ user }) {
  const { parts, query } = useRoute();
  const [section, id] = parts;
  if (section === 'tasks' && id) return <TaskPage taskId={id} />;
  if (section === 'instances' && id) return <InstancePage instanceId={id} />;
  if (section === 'start') return <StartCasePage user={user} />;
  if (section === 'members' && id) return <MemberPage key={id} memberKey={id} />;
  if (section === 'members') return <MembersPage user={user} />;
  if (section === 'designer' && user.isAdministrator) return <DesignerPage processId={id} query={query} />;
  if (section === 'admin' && user.isAdministrator) return <AdminPage tab={id || 'organisations'} />;
  return <InboxPage user={user} />;
}

function Shell({ user }) {
  const { parts } = useRoute();
  const link = (href, section, text) => (
    <a href={href} class={parts[0] === section || (!parts[0] && section === 'inbox') ? 'active' : ''}>{text}</a>
  );
  return (
    <div class="shell">
      <header class="top">
        <a class="brand" href="#/">{L('Quy trình công tác đảng viên', 'Party member workflows')}</a>
        <nav>
          {link('#/', 'inbox', L('Hộp việc', 'Inbox'))}
          {link('#/start', 'start', L('Mở hồ sơ', 'New case'))}
          {link('#/members', 'members', L('Đảng viên', 'Members'))}
          {user.isAdministrator && link('#/designer', 'designer', L('Thiết kế quy trình', 'Designer'))}
          {user.isAdministrator && link('#/admin', 'admin', L('Quản trị', 'Administration'))}
        </nav>
        <div class="user">
          <span class="user-name" data-testid="user-name">{user.displayName}</span>
          <button class="link" onClick={() => setCulture(culture.get() === 'vi' ? 'en' : 'vi')}>
            {L('English', 'Tiếng Việt')}
          </button>
          <button class="link" onClick={signOut}>{L('Đăng xuất', 'Sign out')}</button>
        </div>
      </header>
      <main><Page user={user} /></main>
    </div>
  );
}

function App() {
  const user = useSignal(session);
  useSignal(culture);
  useEffect(() => { refreshSession(); }, []);
  if (user === null) return <p class="loading">{L('Đang tải…', 'Loading…')}</p>;
  if (user === false) return <LoginPage />;
  return <Shell user={user} />;
}

render(<App />, document.getElementById('app'));
