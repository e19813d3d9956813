namespace PartyWorkflows.Membership.CardCheck;

/// <summary>Why a member's card is not checked in the round; <see cref="None"/> when it is.</summary>
public enum CardCheckExclusion
{
    None,

    /// <summary>Probationary members hold no card.</summary>
    Probationary,

    /// <summary>Seed 002 §2: "đảng viên đã ra khỏi Đảng không được đóng dấu kiểm tra (thay cho việc thu lại thẻ)".</summary>
    LeftParty,

    /// <summary>Seed 002 §2 and §5: only members confirmed by the cell and grassroots committee, against the superior's list.</summary>
    NotOnRegister,
}
