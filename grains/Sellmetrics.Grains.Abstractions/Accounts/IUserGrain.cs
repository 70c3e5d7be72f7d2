namespace Sellmetrics.Grains.Accounts;

/// <summary>One signed-up person (key: user id, 32 hex digits); called by the account endpoints and cookie validation.</summary>
[Alias("sellmetrics.user")]
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when it no longer exists.</summary>
    Task<AccountSnapshot?> GetAccountAsync();

    /// <summary>Checks the password and, when MFA is on, the code; records the sign-in. Called by <see cref="IAccountsGrain"/>.</summary>
    Task<SignInResult> SignInAsync(SignInAttempt attempt);

    /// <summary>Opens a server-side session lasting at most <paramref name="lifetime"/> and returns its id, which the cookie carries; called at sign-in and sign-up.</summary>
    Task<Guid> OpenSessionAsync(TimeSpan lifetime);

    /// <summary>Who session <paramref name="sessionId"/> belongs to, or null when it ended (signed out, revoked, expired) or the account is gone; called on every request and by the hub's sweep.</summary>
    Task<SessionSnapshot?> GetSessionAsync(Guid sessionId);

    /// <summary>Ends one session; called at sign-out.</summary>
    Task EndSessionAsync(Guid sessionId);

    /// <summary>Ends every session but <paramref name="except"/> and returns how many ended; called by account changes and admins.</summary>
    Task<int> EndSessionsAsync(Guid? except);

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

    /// <summary>Changes the password and ends every session but <paramref name="keepSession"/>.</summary>
    Task<AccountChange> ChangePasswordAsync(string currentPassword, string newPassword, Guid? keepSession);

    /// <summary>Starts authenticator setup (or a swap) with a fresh secret, pending until confirmed; needs the password, and a current code when MFA is on.</summary>
    Task<MfaSetupResult> BeginMfaSetupAsync(Reauthentication proof);

    /// <summary>Turns the pending authenticator on when the code matches it and ends every session but <paramref name="keepSession"/>; returns one-time recovery codes, or null.</summary>
    Task<IReadOnlyList<string>?> EnableMfaAsync(string code, Guid? keepSession);

    /// <summary>Turns MFA off after the password and a current (or recovery) code, ending every session but <paramref name="keepSession"/>.</summary>
    Task<AccountChange> DisableMfaAsync(Reauthentication proof, Guid? keepSession);

    /// <summary>Closes the account: every session ends now and the tenant is purged after the grace period.</summary>
    Task<AccountChange> CloseAsync(string password);

    /// <summary>Re-seals this account's sealed secrets under the first encryption key; called by <see cref="ISecretRotationGrain"/>.</summary>
    Task RotateSealedSecretsAsync();

    /// <summary>Drops this activation's memory after a purge deleted the account; called by the tenant purge.</summary>
    Task ForgetAsync();
}
