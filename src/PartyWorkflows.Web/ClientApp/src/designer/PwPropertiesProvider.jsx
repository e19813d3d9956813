// The properties-panel group for our own extension attributes (README "Extension attributes"): which committee level
// and body acts on a user task, its due date in working days, and whether a timer counts working days. The form key,
// candidate groups and service handlers (camunda:topic) come from the Camunda provider beside it.
import { CheckboxEntry, SelectEntry, TextFieldEntry, isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { L, bodyName, bodyOptions, levelName, levelOptions } from '../i18n.js';

function AttributeSelect({ element, id, name, label, options, labelOf }) {
  const modeling = useService('modeling');
  return (
    <SelectEntry id={id} element={element} label={label}
      getValue={() => element.businessObject.get(`pw:${name}`) || ''}
      setValue={(value) => modeling.updateProperties(element, { [`pw:${name}`]: value || undefined })}
      getOptions={() => [{ value: '', label: L('— Chưa chọn —', '— None —') }, ...options.map((o) => ({ value: o, label: `${labelOf(o)} (${o})` }))]} />
  );
}

function CommitteeLevel({ element, id }) {
  return <AttributeSelect element={element} id={id} name="committeeLevel" label={L('Cấp ủy xử lý (theo tổ chức của hồ sơ)', 'Committee level (relative to the case)')} options={levelOptions} labelOf={levelName} />;
}

function CommitteeBody({ element, id }) {
  return <AttributeSelect element={element} id={id} name="committeeBody" label={L('Cơ quan xử lý', 'Acting body')} options={bodyOptions} labelOf={bodyName} />;
}

function DueInWorkingDays({ element, id }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  return (
    <TextFieldEntry id={id} element={element} debounce={debounce}
      label={L('Thời hạn (ngày làm việc)', 'Due in working days')}
      description={L('Tính từ ngày sau ngày giao việc; để trống nếu không có hạn.', 'Counted from the day after the task opens; empty for none.')}
      validate={(value) => (value && !/^[1-9][0-9]{0,3}$/.test(value) ? L('Nhập số nguyên dương.', 'Enter a positive whole number.') : null)}
      getValue={() => element.businessObject.get('pw:dueInWorkingDays') || ''}
      setValue={(value) => modeling.updateProperties(element, { 'pw:dueInWorkingDays': value || undefined })} />
  );
}

function TimerWorkingDays({ element, id }) {
  const modeling = useService('modeling');
  const timer = element.businessObject.eventDefinitions[0];
  return (
    <CheckboxEntry id={id} element={element}
      label={L('Tính theo ngày làm việc', 'Count working days')}
      getValue={() => timer.get('pw:workingDays') === true}
      setValue={(value) => modeling.updateModdleProperties(element, timer, { 'pw:workingDays': value || undefined })} />
  );
}

const timerOf = (element) => element.businessObject?.eventDefinitions?.find((d) => is(d, 'bpmn:TimerEventDefinition'));

export default function PwPropertiesProvider(propertiesPanel) {
  this.getGroups = (element) => (groups) => {
    if (is(element, 'bpmn:UserTask')) {
      groups.splice(1, 0, {
        id: 'pw-committee',
        label: L('Cấp ủy và thời hạn', 'Committee and deadline'),
        entries: [
          { id: 'pw-committeeLevel', element, component: CommitteeLevel, isEdited: isSelectEntryEdited },
          { id: 'pw-committeeBody', element, component: CommitteeBody, isEdited: isSelectEntryEdited },
          { id: 'pw-dueInWorkingDays', element, component: DueInWorkingDays, isEdited: isTextFieldEntryEdited },
        ],
      });
    }
    if (timerOf(element) && element.businessObject.eventDefinitions.length === 1) {
      groups.splice(1, 0, {
        id: 'pw-timer',
        label: L('Hẹn giờ theo ngày làm việc', 'Working-day timer'),
        entries: [{ id: 'pw-workingDays', element, component: TimerWorkingDays, isEdited: isCheckboxEntryEdited }],
      });
    }
    return groups;
  };
  propertiesPanel.registerProvider(500, this);
}
PwPropertiesProvider.$inject = ['propertiesPanel'];
