using Microsoft.AspNetCore.Identity;
using PartyWorkflows.Infrastructure.Identity;

namespace PartyWorkflows.Web.Hosting;

/// <summary>
/// Makes sure the administrator role exists, and, when <c>PartyWorkflows:BootstrapAdministrator:Email</c> and
/// <c>:Password</c> are configured, that this account exists and holds it: a production database has no demo data,
/// and someone must be able to create the first users.
/// </summary>
public sealed class AdministratorRole(
    RoleManager<IdentityRole> roles, UserManager<PartyUser> users, IConfiguration configuration, ILogger<AdministratorRole> logger)
{
    public const string EmailKey = "PartyWorkflows:BootstrapAdministrator:Email";
    public const string PasswordKey = "PartyWorkflows:BootstrapAdministrator:Password";

    public async Task EnsureAsync()
    {
        if (!await roles.RoleExistsAsync(PartyRoles.Administrator))
        {
            Check(await roles.CreateAsync(new IdentityRole(PartyRoles.Administrator)));
        }

        if (configuration[EmailKey] is not { Length: > 0 } email || configuration[PasswordKey] is not { Length: > 0 } password
            || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new PartyUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Quản trị hệ thống" };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, PartyRoles.Administrator));
        logger.LogWarning("Bootstrap administrator {Email} created; change its password after the first sign-in.", email);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
