using System.Xml.Linq;
using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Namespaces and the qualified names of the extension attributes and elements the parser reads.</summary>
internal static class XmlNames
{
    public static readonly XNamespace Bpmn = BpmnNamespaces.Bpmn;
    public static readonly XNamespace Camunda = BpmnNamespaces.Camunda;
    public static readonly XNamespace Pw = BpmnNamespaces.PartyWorkflows;

    public static readonly XName CamundaFormKey = Camunda + "formKey";
    public static readonly XName CamundaCandidateGroups = Camunda + "candidateGroups";
    public static readonly XName CamundaDueDate = Camunda + "dueDate";
    public static readonly XName CamundaType = Camunda + "type";
    public static readonly XName CamundaTopic = Camunda + "topic";
    public static readonly XName CamundaResultVariable = Camunda + "resultVariable";
    public static readonly XName CamundaCollection = Camunda + "collection";
    public static readonly XName CamundaElementVariable = Camunda + "elementVariable";
    public static readonly XName CamundaFailedJobRetryTimeCycle = Camunda + "failedJobRetryTimeCycle";
    public static readonly XName CamundaIn = Camunda + "in";
    public static readonly XName CamundaOut = Camunda + "out";

    /// <summary>Camunda extension elements that carry behaviour the engine does not run.</summary>
    public static readonly IReadOnlySet<XName> CamundaBehaviourExtensions = new HashSet<XName>
    {
        Camunda + "executionListener", Camunda + "taskListener", Camunda + "inputOutput", Camunda + "connector", Camunda + "field",
    };

    /// <summary>Ways of binding Java code to a service task; the engine runs only named handlers (external topics).</summary>
    public static readonly IReadOnlyList<XName> CamundaJavaBindings =
        [Camunda + "class", Camunda + "delegateExpression", Camunda + "expression"];

    public static readonly XName PwCommitteeLevel = Pw + "committeeLevel";
    public static readonly XName PwCommitteeBody = Pw + "committeeBody";
    public static readonly XName PwCommitteeOf = Pw + "committeeOf";
    public static readonly XName PwDueInWorkingDays = Pw + "dueInWorkingDays";
    public static readonly XName PwWorkingDays = Pw + "workingDays";

    /// <summary>The name as an editor writes it (<c>camunda:topic</c>, <c>pw:committeeLevel</c>), for diagnostics.</summary>
    public static string Display(XName name) =>
        name.Namespace == Camunda ? "camunda:" + name.LocalName
        : name.Namespace == Pw ? "pw:" + name.LocalName
        : name.LocalName;
}
