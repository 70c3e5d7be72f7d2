namespace Sellmetrics.Grains.Accounts;

/// <summary>One signed-up person (key: user id, 32 hex digits); called by the account endpoints and cookie validation.</summary>
[Alias("sellmetrics.user")]
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when it no longer exists.</summary>
    Task<AccountSnapshot?> GetAccountAsync();

    /// <summary>Checks the password and, when MFA is on, the code; records the sign-in. Called by <see cref="IAccountsGrain"/>.</summary>
    Task<SignInResult> SignInAsync(SignInAttempt attempt);

    /// <summary>The account's current session (a cookie with another version is void), or null when the account is gone; called on every request.</summary>
    Task<SessionSnapshot?> GetSessionAsync();

    /// <summary>Changes the name shown in the app.</summary>
    Task<AccountChange> ChangeDisplayNameAsync(string displayName);

    /// <summary>
    /// After the password is re-entered, sends a verification link to the new address; the account switches only when it
    /// is opened. Done whether or not another account holds the address (then nothing is sent), so the answer tells nothing.
    /// </summary>
    Task<AccountChange> ChangeEmailAsync(string email, string password);

    /// <summary>Sends a fresh link for the pending address, or for the account's own while unverified; called at sign-up and by the resend endpoint.</summary>
    Task SendEmailLinkAsync();

    /// <summary>Uses this account's link once: switches to the address and marks it verified; called by <see cref="IAccountsGrain"/>.</summary>
    Task<EmailVerification> VerifyEmailAsync(string token);

    /// <summary>Grants or revokes the admin role; <paramref name="actor"/> is the admin doing it (audited). Called by the admin endpoint.</summary>
    Task<RoleChange> SetAdminAsync(bool admin, string actor);

    /// <summary>Changes the password and ends every other session.</summary>
    Task<PasswordChange> ChangePasswordAsync(string currentPassword, string newPassword);

    /// <summary>Starts authenticator setup with a fresh secret, pending until confirmed.</summary>
    Task<MfaSetup> BeginMfaSetupAsync();

    /// <summary>Turns MFA on when the code matches the pending secret; returns one-time recovery codes, or null.</summary>
    Task<IReadOnlyList<string>?> EnableMfaAsync(string code);

    /// <summary>Turns MFA off after the password is re-entered.</summary>
    Task<AccountChange> DisableMfaAsync(string password);

    /// <summary>Closes the account: every session ends now and the tenant is purged after the grace period.</summary>
    Task<AccountChange> CloseAsync(string password);

    /// <summary>Re-seals this account's sealed secrets under the first encryption key; called by <see cref="ISecretRotationGrain"/>.</summary>
    Task RotateSealedSecretsAsync();

    /// <summary>Drops this activation's memory after a purge deleted the account; called by the tenant purge.</summary>
    Task ForgetAsync();
}
