namespace PartyWorkflows.Membership.Transfers;

/// <summary>
/// Seed 003_8ecac7def258469f.txt §1.8: "Đảng viên đăng ký thường trú tại địa phương nhưng cư trú thực tế ở địa phương
/// khác từ 12 tháng trở lên phải chuyển sinh hoạt đảng chính thức về nơi cư trú; Chuyển sinh hoạt đảng tạm thời nếu đăng
/// ký tạm trú từ 3 tháng đến dưới 12 tháng". Months are whole calendar months of actual residence.
/// </summary>
public static class ResidenceTransferRule
{
    public const int TemporaryFromMonths = 3;
    public const int FullFromMonths = 12;

    public static TransferKind ForMonthsAway(int monthsAway)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthsAway);
        return monthsAway >= FullFromMonths ? TransferKind.Full
            : monthsAway >= TemporaryFromMonths ? TransferKind.Temporary
            : TransferKind.None;
    }
}
