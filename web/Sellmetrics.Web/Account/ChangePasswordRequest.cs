namespace Sellmetrics.Web.Account;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword)
{
    public override string ToString() => "ChangePasswordRequest(redacted)";
}
