namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// What backs a request for an early badge for a seriously ill member. Seed 003 §1.9: "phải có giấy xác nhận hoặc
/// bệnh án của cơ sở y tế có thẩm quyền; trường hợp đảng viên ốm tại nhà thì chi bộ, đảng ủy cơ sở phải xác định rõ
/// tình trạng bệnh tật của đảng viên và chịu trách nhiệm về nội dung xác nhận đó".
/// </summary>
public enum IllnessEvidence
{
    None,

    /// <summary>Giấy xác nhận or bệnh án from a competent medical facility.</summary>
    MedicalCertificate,

    /// <summary>A member ill at home: the cell and the grassroots committee certify the condition.</summary>
    CellAndGrassrootsConfirmation,
}
