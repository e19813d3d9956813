namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// Seed 001_29955938909379e1.txt §C.III: "Chỉ xét khen thưởng trên cơ sở đăng ký đầu năm của tổ chức cơ sở đảng đã gửi về
/// Ban Tổ chức Đảng ủy Khối." A precondition of every nomination, for organisations and members alike.
/// </summary>
public static class EmulationRegistration
{
    public static string? Shortfall(bool registeredAtStartOfYear) =>
        registeredAtStartOfYear ? null : "tổ chức cơ sở đảng không có bản đăng ký thi đua đầu năm gửi Ban Tổ chức cấp ủy cấp trên";
}
