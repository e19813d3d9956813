using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Membership.Organisations;

/// <summary>
/// Finds the organisation whose body acts on a user task: the task names a level relative to the case's subject
/// (pw:committeeLevel), and the organisation is found by walking up the tree from the subject's organisation.
/// </summary>
public static class CommitteeLevelResolver
{
    /// <param name="find">Looks an organisation up by id (the organisation tree).</param>
    /// <returns>Null when the tree has no organisation at that level above the subject.</returns>
    public static Organisation? Resolve(Guid subjectOrganisationId, string level, Func<Guid, Organisation?> find)
    {
        var subject = find(subjectOrganisationId);
        return level switch
        {
            // A party group belongs to its cell; a chi bộ cơ sở is its own cell.
            CommitteeVocabulary.Cell => Nearest(subject, find, OrganisationKind.Cell, OrganisationKind.GrassrootsCell),
            CommitteeVocabulary.Grassroots => Nearest(subject, find, OrganisationKind.Grassroots, OrganisationKind.GrassrootsCell),
            CommitteeVocabulary.Superior => Parent(Nearest(subject, find, OrganisationKind.Grassroots, OrganisationKind.GrassrootsCell), find) is { } above
                ? Nearest(above, find, OrganisationKind.Superior)
                : null,
            CommitteeVocabulary.Province => Nearest(subject, find, OrganisationKind.Province),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown committee level."),
        };
    }

    private static Organisation? Nearest(Organisation? start, Func<Guid, Organisation?> find, params OrganisationKind[] kinds)
    {
        for (var current = start; current is not null; current = Parent(current, find))
        {
            if (kinds.Contains(current.Kind))
            {
                return current;
            }
        }

        return null;
    }

    private static Organisation? Parent(Organisation? organisation, Func<Guid, Organisation?> find) =>
        organisation?.ParentId is { } parentId ? find(parentId) : null;
}
