using System.Text.Json;

namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>Counters of a multi-instance body, named as the BPMN spec names its variables.</summary>
public sealed class MultiInstanceProgress
{
    public int NrOfInstances { get; set; }
    public int NrOfCompletedInstances { get; set; }
    public int NrOfActiveInstances { get; set; }

    /// <summary>Index of the next instance to start (sequential multi-instance).</summary>
    public int NextIndex { get; set; }

    /// <summary>The collection as evaluated on entry; null when driven by loopCardinality.</summary>
    public List<JsonElement>? Items { get; set; }

    public MultiInstanceProgress Clone()
    {
        var copy = (MultiInstanceProgress)MemberwiseClone();
        copy.Items = Items is null ? null : [.. Items];
        return copy;
    }
}
