namespace PartyWorkflows.Membership.Organisations;

/// <summary>
/// Kinds of party organisation. The tree's depth differs between provinces and changed with the 2025 reform,
/// so levels are found by kind while walking up the tree, never by depth (DESIGN.md "Committees and levels").
/// </summary>
public enum OrganisationKind
{
    /// <summary>Tỉnh ủy / thành ủy.</summary>
    Province,

    /// <summary>Cấp ủy cấp trên trực tiếp của cơ sở: district-level, bloc or (after 2025) ward committee.</summary>
    Superior,

    /// <summary>Đảng bộ cơ sở, with its đảng ủy and cells below.</summary>
    Grassroots,

    /// <summary>Chi bộ cơ sở: a grassroots organisation that is itself a cell.</summary>
    GrassrootsCell,

    /// <summary>Đảng bộ bộ phận (sub-committee) between a grassroots organisation and its cells.</summary>
    SubCommittee,

    /// <summary>Chi bộ.</summary>
    Cell,

    /// <summary>Tổ đảng, inside a cell.</summary>
    PartyGroup,
}
