namespace PartyWorkflows.Engine.Model;

public static class BpmnNamespaces
{
    public const string Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public const string BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    public const string Camunda = "http://camunda.org/schema/1.0/bpmn";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Our extension namespace, only for what Camunda's lacks (committee level and body, working days).</summary>
    public const string PartyWorkflows = "http://partyworkflows.vn/schema/1.0/bpmn";
}
