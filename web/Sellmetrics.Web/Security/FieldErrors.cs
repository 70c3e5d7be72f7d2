using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Web.Security;

/// <summary>
/// Field errors of a request record as the framework's validation reports them: keyed by the JSON field name (the
/// validation would key an attribute's error by the C# property name), so a 400 names the fields the browser sent.
/// </summary>
internal static class FieldErrors
{
    public static IEnumerable<ValidationResult> Of(IEnumerable<KeyValuePair<string, string[]>> errors) =>
        errors.SelectMany(error => error.Value.Select(message => new ValidationResult(message, [error.Key])));

    public static IEnumerable<ValidationResult> Of(string field, string? error) =>
        error is null ? [] : [new ValidationResult(error, [field])];
}
