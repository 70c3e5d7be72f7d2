using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Conditions;

/// <summary>
/// Whether a rule's condition holds for one subject (a listing's SKU, or a connection) at one check, with the numbers
/// behind it in words. <see cref="Subject"/> and the rule make the condition's identity for <see cref="AlertLatch"/>.
/// </summary>
public sealed record Observation(AlertKind Kind, string Subject, bool Holds, string Summary);
