namespace Sellmetrics.Marketplaces.Auth;

/// <summary>A short-lived bearer token and the instant it stops working; <see cref="ToString"/> never shows the value.</summary>
public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"AccessToken {{ Value = ***, ExpiresAt = {ExpiresAt:O} }}";
}
