using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardForms;

/// <summary>The data of a card list, book or decision: who issues it, the members in list order, who signs.</summary>
/// <param name="Batch">A line under the title naming the batch or decision ("Kèm theo Quyết định số …"), if any.</param>
public sealed record CardList(FormHeader Header, IReadOnlyList<CardListEntry> Entries, IReadOnlyList<FormSignature> Signatures, string? Batch = null);
