using System.ComponentModel.DataAnnotations;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Connections;

/// <summary>The body of <c>PUT /api/connections/walmart</c>: a Walmart API key pair.</summary>
public sealed record WalmartConnectRequest(string? ClientId, string? ClientSecret) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of("clientId", ConnectionRules.CredentialError(ClientId)).Concat(FieldErrors.Of("clientSecret", ConnectionRules.CredentialError(ClientSecret)));

    public override string ToString() => "WalmartConnectRequest(redacted)";
}
