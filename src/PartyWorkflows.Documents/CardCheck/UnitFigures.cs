namespace PartyWorkflows.Documents.CardCheck;

/// <summary>A row of a card check report: the unit (cell or grassroots organisation) and its figures.</summary>
public sealed record UnitFigures<TCounts>(string UnitName, TCounts Counts);
