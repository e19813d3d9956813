// Vietnamese first, English as the second culture (DESIGN.md "UI language"). Every text is written in place as
// L('tiếng Việt', 'English'), so the two never drift apart.
import { signal } from './signal.js';

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('pw.culture') : null;
export const culture = signal(stored === 'en' ? 'en' : 'vi');

export function setCulture(value) {
  localStorage.setItem('pw.culture', value);
  document.documentElement.lang = value;
  culture.set(value);
}

export const L = (vi, en) => (culture.get() === 'en' ? en : vi);

const bodies = {
  secretary: ['Bí thư chi bộ', 'Cell secretary'],
  'cell-meeting': ['Hội nghị chi bộ', 'Cell meeting'],
  committee: ['Cấp ủy', 'Committee'],
  'standing-committee': ['Ban Thường vụ', 'Standing committee'],
  'organization-department': ['Ban Tổ chức', 'Organization department'],
  'inspection-commission': ['Ủy ban Kiểm tra', 'Inspection commission'],
};
export const bodyName = (body) => (body && bodies[body] ? L(...bodies[body]) : body || L('Mọi chức vụ', 'Any seat'));
export const bodyOptions = Object.keys(bodies);

const levels = {
  cell: ['Chi bộ', 'Cell'],
  grassroots: ['Cấp ủy cơ sở', 'Grassroots committee'],
  superior: ['Cấp ủy cấp trên trực tiếp', 'Superior committee'],
  province: ['Tỉnh ủy, thành ủy', 'Province'],
};
export const levelName = (level) => (level && levels[level] ? L(...levels[level]) : level || '');
export const levelOptions = Object.keys(levels);

const statuses = {
  running: ['Đang xử lý', 'Running'],
  completed: ['Đã hoàn thành', 'Completed'],
  cancelled: ['Đã hủy', 'Cancelled'],
  failed: ['Bị lỗi', 'Failed'],
  open: ['Đang mở', 'Open'],
};
export const statusName = (s) => (statuses[s] ? L(...statuses[s]) : s);

// A member's status and standing, and where the dossier is (the API's kebab-case names).
const memberStatuses = {
  active: ['Đang sinh hoạt', 'Active'],
  exempted: ['Miễn công tác và sinh hoạt đảng', 'Exempted'],
  'transferred-out': ['Đã chuyển sinh hoạt', 'Transferred out'],
  removed: ['Đã ra khỏi Đảng', 'Removed'],
  deceased: ['Đã từ trần', 'Deceased'],
};
export const memberStatusName = (s) => (memberStatuses[s] ? L(...memberStatuses[s]) : s);
export const memberStatusOptions = Object.keys(memberStatuses);
// The annual member grades (seed 001 §B.II.4) as the member record stores them.
const memberGrades = {
  excellent: ['Hoàn thành xuất sắc nhiệm vụ', 'Excellent'],
  good: ['Hoàn thành tốt nhiệm vụ', 'Good'],
  completed: ['Hoàn thành nhiệm vụ', 'Completed'],
  'not-completed': ['Không hoàn thành nhiệm vụ', 'Not completed'],
};
export const memberGradeName = (g) => (memberGrades[g] ? L(...memberGrades[g]) : g);
// The awards and deciding levels of seed 000 §VII as the member record stores them.
const awardKinds = { certificate: ['Giấy khen', 'Certificate of merit'], diploma: ['Bằng khen', 'Diploma of merit'], flag: ['Cờ', 'Flag'] };
export const awardKindName = (k) => (awardKinds[k] ? L(...awardKinds[k]) : k);
const decidingLevels = {
  'grassroots-committee': ['Đảng ủy cơ sở', 'Grassroots committee'],
  'superior-committee': ['Ban Thường vụ cấp ủy cấp trên', 'Superior standing committee'],
  province: ['Ban Thường vụ Tỉnh ủy', 'Provincial standing committee'],
};
export const decidingLevelName = (l) => (decidingLevels[l] ? L(...decidingLevels[l]) : l);
const standings = { probationary: ['Dự bị', 'Probationary'], full: ['Chính thức', 'Full'] };
export const standingName = (s) => (standings[s] ? L(...standings[s]) : s);
const dossierStatuses = { held: ['Đang lưu giữ', 'Held'], 'in-transit': ['Đang chuyển', 'In transit'] };
export const dossierStatusName = (s) => (dossierStatuses[s] ? L(...dossierStatuses[s]) : s);

const locale = () => (culture.get() === 'en' ? 'en-GB' : 'vi-VN');
const zone = 'Asia/Ho_Chi_Minh';
export const formatDate = (value) =>
  value ? new Date(value).toLocaleDateString(locale(), { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric' }) : '';
export const formatDateTime = (value) =>
  value ? new Date(value).toLocaleString(locale(), { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';
