using System.Globalization;
using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Engine.Validation;

/// <summary>
/// The one place where diagnostic texts live, in English and Vietnamese. The parser and the validator build every
/// <see cref="Diagnostic"/> here so a code always reads the same and both languages stay in step.
/// </summary>
public static class DiagnosticFactory
{
    // ---- Reading the XML document ----

    public static Diagnostic XmlMalformed(string detail, SourceLocation? location) => Error(
        DiagnosticCodes.XmlMalformed, null, location,
        $"The file is not well-formed XML: {detail}",
        $"Tệp không phải là XML hợp lệ: {detail}");

    public static Diagnostic XmlDtdProhibited(SourceLocation? location) => Error(
        DiagnosticCodes.XmlDtdProhibited, null, location,
        "DOCTYPE declarations (DTDs and entities) are not allowed in workflow files.",
        "Không được phép khai báo DOCTYPE (DTD và thực thể) trong tệp quy trình.");

    public static Diagnostic XmlTooLarge(int maxCharacters)
    {
        var max = maxCharacters.ToString("N0", CultureInfo.InvariantCulture);
        return Error(
            DiagnosticCodes.XmlTooLarge, null, null,
            $"The file exceeds the limit of {max} characters.",
            $"Tệp vượt quá giới hạn {max} ký tự.");
    }

    public static Diagnostic NotBpmn(string rootName, SourceLocation? location) => Error(
        DiagnosticCodes.NotBpmn, null, location,
        $"The root element is '{rootName}', not a BPMN 2.0 'definitions' element.",
        $"Phần tử gốc là '{rootName}', không phải phần tử 'definitions' của BPMN 2.0.");

    // ---- Structure found while parsing ----

    public static Diagnostic NoProcess(SourceLocation? location) => Error(
        DiagnosticCodes.NoProcess, null, location,
        "The file contains no process.",
        "Tệp không chứa quy trình nào.");

    public static Diagnostic DuplicateId(string id, SourceLocation? location) => Error(
        DiagnosticCodes.DuplicateId, id, location,
        $"The id '{id}' is used by more than one element.",
        $"Mã định danh '{id}' được dùng cho nhiều phần tử.");

    public static Diagnostic BrokenReference(string elementId, string attribute, string target, SourceLocation? location) => Error(
        DiagnosticCodes.BrokenReference, elementId, location,
        $"'{attribute}' of '{elementId}' refers to '{target}', which does not exist.",
        $"Thuộc tính '{attribute}' của '{elementId}' tham chiếu tới '{target}' nhưng phần tử này không tồn tại.");

    public static Diagnostic FlowCrossesScope(string flowId, string endId, SourceLocation? location) => Error(
        DiagnosticCodes.BrokenReference, flowId, location,
        $"Sequence flow '{flowId}' connects to '{endId}', which is in a different process or sub-process.",
        $"Luồng tuần tự '{flowId}' nối tới '{endId}' nằm trong quy trình hoặc quy trình con khác.");

    public static Diagnostic BoundaryNotOnActivity(string boundaryId, string attachedToRef, SourceLocation? location) => Error(
        DiagnosticCodes.BrokenReference, boundaryId, location,
        $"Boundary event '{boundaryId}' is attached to '{attachedToRef}', which is not an activity in the same scope.",
        $"Sự kiện biên '{boundaryId}' được gắn vào '{attachedToRef}', không phải là hoạt động trong cùng phạm vi.");

    public static Diagnostic InvalidDefaultFlow(string elementId, string flowId, SourceLocation? location) => Error(
        DiagnosticCodes.InvalidDefaultFlow, elementId, location,
        $"Default flow '{flowId}' is not an outgoing sequence flow of '{elementId}'.",
        $"Luồng mặc định '{flowId}' không phải là luồng đi ra của '{elementId}'.");

    /// <param name="what">The XML element name, optionally with the attribute that makes it unsupported.</param>
    public static Diagnostic UnsupportedElement(string elementId, string what, SourceLocation? location) => Error(
        DiagnosticCodes.UnsupportedElement, elementId, location,
        $"Element '{elementId}' ({what}) is not supported by the engine.",
        $"Phần tử '{elementId}' ({what}) không được hỗ trợ.");

    public static Diagnostic UnsupportedEventDefinition(string eventId, string definitionName, SourceLocation? location) => Error(
        DiagnosticCodes.UnsupportedEventDefinition, eventId, location,
        $"Event '{eventId}' uses '{definitionName}', which is not supported on this kind of event.",
        $"Sự kiện '{eventId}' dùng '{definitionName}', loại định nghĩa sự kiện này không được hỗ trợ ở đây.");

    public static Diagnostic MultipleEventDefinitions(string eventId, SourceLocation? location) => Error(
        DiagnosticCodes.UnsupportedEventDefinition, eventId, location,
        $"Event '{eventId}' has more than one event definition; only one is supported.",
        $"Sự kiện '{eventId}' có nhiều hơn một định nghĩa sự kiện; chỉ hỗ trợ một.");

    public static Diagnostic MissingEventDefinition(string eventId, string elementName, SourceLocation? location) => Error(
        DiagnosticCodes.MissingEventDefinition, eventId, location,
        $"{elementName} '{eventId}' needs an event definition (timer, message or error).",
        $"Phần tử {elementName} '{eventId}' cần có một định nghĩa sự kiện (hẹn giờ, thông điệp hoặc lỗi).");

    /// <param name="elementId">Null when the missing attribute is the id itself.</param>
    public static Diagnostic MissingAttribute(string? elementId, string elementName, string attribute, SourceLocation? location)
    {
        var en = elementId is null ? $"A {elementName} element" : $"{elementName} '{elementId}'";
        var vi = elementId is null ? $"Một phần tử {elementName}" : $"Phần tử {elementName} '{elementId}'";
        return Error(
            DiagnosticCodes.MissingAttribute, elementId, location,
            $"{en} is missing the required '{attribute}'.",
            $"{vi} thiếu thuộc tính bắt buộc '{attribute}'.");
    }

    public static Diagnostic BadAttributeValue(
        string elementId, string attribute, string value, ExpectedValue expected, SourceLocation? location)
    {
        var (en, vi) = Describe(expected);
        return Error(
            DiagnosticCodes.BadAttributeValue, elementId, location,
            $"'{attribute}' of '{elementId}' has the invalid value '{value}'; expected {en}.",
            $"Thuộc tính '{attribute}' của '{elementId}' có giá trị không hợp lệ '{value}'; giá trị hợp lệ: {vi}.");
    }

    // ---- Semantics checked by the validator ----

    public static Diagnostic NoStartEvent(string scopeId, SourceLocation? location) => Error(
        DiagnosticCodes.NoStartEvent, scopeId, location,
        $"'{scopeId}' has no none start event to begin from.",
        $"'{scopeId}' không có sự kiện bắt đầu để khởi động.");

    public static Diagnostic UnreachableNode(string nodeId, SourceLocation? location) => Warning(
        DiagnosticCodes.UnreachableNode, nodeId, location,
        $"Node '{nodeId}' cannot be reached from a start event.",
        $"Nút '{nodeId}' không thể đạt tới từ sự kiện bắt đầu.");

    public static Diagnostic DeadEnd(string nodeId, SourceLocation? location) => Warning(
        DiagnosticCodes.DeadEnd, nodeId, location,
        $"Node '{nodeId}' has no outgoing sequence flow and is not an end event, so its path stops there.",
        $"Nút '{nodeId}' không có luồng đi ra và không phải là sự kiện kết thúc, nên nhánh dừng tại đây.");

    public static Diagnostic GatewayNoOutgoing(string gatewayId, SourceLocation? location) => Error(
        DiagnosticCodes.GatewayNoOutgoing, gatewayId, location,
        $"Gateway '{gatewayId}' has no outgoing sequence flow.",
        $"Cổng '{gatewayId}' không có luồng đi ra.");

    public static Diagnostic ExclusiveGatewayNoDefault(string gatewayId, SourceLocation? location) => Warning(
        DiagnosticCodes.ExclusiveGatewayNoDefault, gatewayId, location,
        $"Exclusive gateway '{gatewayId}' has conditional flows but no default flow; the instance fails when no condition holds.",
        $"Cổng loại trừ '{gatewayId}' có luồng điều kiện nhưng không có luồng mặc định; quy trình sẽ lỗi khi không điều kiện nào đúng.");

    public static Diagnostic UnknownHandler(string taskId, string handler, SourceLocation? location) => Error(
        DiagnosticCodes.UnknownHandler, taskId, location,
        $"Service task '{taskId}' uses handler '{handler}', which is not registered.",
        $"Tác vụ dịch vụ '{taskId}' dùng trình xử lý '{handler}' chưa được đăng ký.");

    public static Diagnostic ExpressionError(string elementId, string expression, string detail, SourceLocation? location) => Error(
        DiagnosticCodes.ExpressionError, elementId, location,
        $"Expression '{expression}' on '{elementId}' is invalid: {detail}",
        $"Biểu thức '{expression}' tại '{elementId}' không hợp lệ: {detail}");

    public static Diagnostic BadDuration(string elementId, string value, SourceLocation? location) => Error(
        DiagnosticCodes.BadDuration, elementId, location,
        $"'{value}' on '{elementId}' is not a valid ISO 8601 date, duration or repeating interval.",
        $"Giá trị '{value}' tại '{elementId}' không phải là ngày, khoảng thời gian hoặc chu kỳ ISO 8601 hợp lệ.");

    public static Diagnostic MissingCommitteeLevel(string taskId, SourceLocation? location) => Error(
        DiagnosticCodes.MissingCommitteeLevel, taskId, location,
        $"User task '{taskId}' does not say which committee level acts on it (pw:committeeLevel).",
        $"Tác vụ người dùng '{taskId}' chưa xác định cấp ủy xử lý (pw:committeeLevel).");

    public static Diagnostic UnknownCommitteeLevel(string taskId, string level, SourceLocation? location)
    {
        var known = string.Join(", ", CommitteeVocabulary.Levels.Order(StringComparer.Ordinal));
        return Error(
            DiagnosticCodes.UnknownCommitteeLevel, taskId, location,
            $"User task '{taskId}' has the unknown committee level '{level}'; expected one of: {known}.",
            $"Tác vụ người dùng '{taskId}' có cấp ủy không xác định '{level}'; giá trị hợp lệ: {known}.");
    }

    public static Diagnostic CommitteeOfNotExpression(string taskId, string value, SourceLocation? location) => Error(
        DiagnosticCodes.CommitteeOfNotExpression, taskId, location,
        $"User task '{taskId}' has pw:committeeOf '{value}'; expected an expression such as ${{toOrganisationId}} yielding an organisation id.",
        $"Tác vụ người dùng '{taskId}' có pw:committeeOf '{value}'; cần một biểu thức như ${{toOrganisationId}} cho ra mã tổ chức đảng.");

    public static Diagnostic UnknownCommitteeBody(string taskId, string body, SourceLocation? location)
    {
        var known = string.Join(", ", CommitteeVocabulary.Bodies.Order(StringComparer.Ordinal));
        return Error(
            DiagnosticCodes.UnknownCommitteeBody, taskId, location,
            $"User task '{taskId}' has the unknown committee body '{body}'; expected one of: {known}.",
            $"Tác vụ người dùng '{taskId}' có cơ quan xử lý không xác định '{body}'; giá trị hợp lệ: {known}.");
    }

    public static Diagnostic MultiInstanceNoCollection(string activityId, SourceLocation? location) => Error(
        DiagnosticCodes.MultiInstanceNoCollection, activityId, location,
        $"Multi-instance activity '{activityId}' has neither a collection nor a loop cardinality.",
        $"Hoạt động đa phiên bản '{activityId}' không có tập hợp (camunda:collection) hay số lần lặp (loopCardinality).");

    public static Diagnostic ScriptFormat(string taskId, string? format, SourceLocation? location) => Error(
        DiagnosticCodes.ScriptFormat, taskId, location,
        $"Script task '{taskId}' uses the script format '{format ?? "(none)"}'; only JavaScript is supported.",
        $"Tác vụ kịch bản '{taskId}' dùng định dạng '{format ?? "(trống)"}'; chỉ hỗ trợ JavaScript.");

    private static (string En, string Vi) Describe(ExpectedValue expected) => expected switch
    {
        ExpectedValue.Boolean => ("true or false", "true hoặc false"),
        ExpectedValue.NonNegativeInteger => ("a whole number, 0 or more", "một số nguyên không âm"),
        ExpectedValue.ExternalTaskType =>
            ("\"external\" (only external service tasks are supported)", "\"external\" (chỉ hỗ trợ tác vụ dịch vụ kiểu external)"),
        ExpectedValue.SingleTimerValue =>
            ("exactly one of timeDate, timeDuration or timeCycle", "đúng một trong timeDate, timeDuration hoặc timeCycle"),
        ExpectedValue.Interrupting =>
            ("true: an error boundary event always interrupts", "true: sự kiện biên lỗi luôn ngắt hoạt động"),
        _ => throw new ArgumentOutOfRangeException(nameof(expected), expected, null),
    };

    private static Diagnostic Error(string code, string? elementId, SourceLocation? location, string en, string vi) =>
        new(DiagnosticSeverity.Error, code, elementId, location, en, vi);

    private static Diagnostic Warning(string code, string? elementId, SourceLocation? location, string en, string vi) =>
        new(DiagnosticSeverity.Warning, code, elementId, location, en, vi);
}
