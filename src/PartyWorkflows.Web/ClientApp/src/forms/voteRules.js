// The browser's copy of the server's vote check (Features/Tasks/Forms/VoteCount.cs): the same rules, shown before
// sending; the server refuses the same numbers with a 400 naming the field.
import { L } from '../i18n.js';

export const voteFields = [
  ['fullMembers', () => L('Số đảng viên chính thức của chi bộ', 'Full members of the cell')],
  ['convened', () => L('Số đảng viên chính thức được triệu tập', 'Full members convened')],
  ['present', () => L('Số đảng viên có mặt', 'Members present')],
  ['agree', () => L('Số phiếu tán thành', 'Votes in favour')],
  ['disagree', () => L('Số phiếu không tán thành', 'Votes against')],
];

const label = (field) => voteFields.find(([f]) => f === field)[1]();

/** @returns {Record<string, string>} a message per offending field; empty when the count is possible. */
export function checkVote(numbers) {
  const errors = {};
  for (const [field] of voteFields) {
    const value = numbers[field];
    if (!Number.isInteger(value) || value < 0) errors[field] = L(`${label(field)} phải là số nguyên không âm.`, `${label(field)} must be a whole number, 0 or more.`);
  }
  if (Object.keys(errors).length) return errors;
  const { fullMembers, convened, present, agree, disagree } = numbers;
  if (convened > fullMembers) {
    errors.convened = L(`Số được triệu tập (${convened}) không thể lớn hơn số đảng viên chính thức (${fullMembers}).`,
      `Convened (${convened}) cannot exceed the full members (${fullMembers}).`);
  }
  if (present > convened) {
    errors.present = L(`Số có mặt (${present}) không thể lớn hơn số được triệu tập (${convened}).`,
      `Present (${present}) cannot exceed those convened (${convened}).`);
  }
  if (agree + disagree > present) {
    errors.agree = L(`Tổng phiếu tán thành và không tán thành (${agree + disagree}) không thể lớn hơn số có mặt (${present}).`,
      `Votes for and against (${agree + disagree}) cannot exceed those present (${present}).`);
  }
  return errors;
}
