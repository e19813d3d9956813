namespace PartyWorkflows.Documents.CardForms;

/// <summary>Why a card is replaced: lost ones are re-issued ("cấp lại"), damaged ones exchanged ("đổi lại"), seed 000 §V.3.</summary>
public enum CardReplacementReason
{
    Lost,
    Damaged,
}
