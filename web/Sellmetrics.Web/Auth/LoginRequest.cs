namespace Sellmetrics.Web.Auth;

public sealed record LoginRequest(string? Email, string? Password, string? Code)
{
    public override string ToString() => "LoginRequest(redacted)";
}
