using Microsoft.AspNetCore.Identity;

namespace PartyWorkflows.Infrastructure.Identity;

/// <summary>
/// A person who signs in. Their id is what positions, task claims and the audit log record, so seats and history
/// survive a change of e-mail or name.
/// </summary>
public sealed class PartyUser : IdentityUser
{
    /// <summary>Full name as shown to other committee staff (e.g. "Đ/c Nguyễn Văn An").</summary>
    public string DisplayName { get; set; } = "";
}
