namespace Sellmetrics.Web.Auth;

public sealed record RegisterRequest(string? Email, string? DisplayName, string? Password, bool ConfirmAdult)
{
    public override string ToString() => "RegisterRequest(redacted)";
}
