using System.Xml.Linq;
using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Reads multi-instance and standard loop characteristics of an activity.</summary>
internal static class LoopCharacteristicsReader
{
    public static LoopCharacteristics? Read(XElement activity, string activityId, ParseContext context)
    {
        var multi = activity.Element(XmlNames.Bpmn + "multiInstanceLoopCharacteristics");
        if (multi is not null)
        {
            return new MultiInstanceLoop(
                multi.Boolean("isSequential", false, activityId, context),
                multi.Text(XmlNames.CamundaCollection),
                multi.Text(XmlNames.CamundaElementVariable),
                multi.ChildText("loopCardinality"),
                multi.ChildText("completionCondition"));
        }
        var standard = activity.Element(XmlNames.Bpmn + "standardLoopCharacteristics");
        if (standard is not null)
        {
            return new StandardLoop(
                standard.ChildText("loopCondition"),
                standard.NonNegativeInteger("loopMaximum", activityId, context),
                standard.Boolean("testBefore", false, activityId, context));
        }
        return null;
    }
}
