namespace Sellmetrics.Grains.Accounts;

/// <summary>The way in for people without a session: sign-up and sign-in. A stateless worker; call it with key 0.</summary>
[Alias("sellmetrics.accounts")]
public interface IAccountsGrain : IGrainWithIntegerKey
{
    /// <summary>Creates an account with a tenant of its own; called by the sign-up endpoint.</summary>
    Task<RegistrationResult> RegisterAsync(Registration registration);

    /// <summary>Checks a password (and authenticator code when MFA is on); called by the sign-in endpoint.</summary>
    Task<SignInResult> SignInAsync(SignInAttempt attempt);

    /// <summary>Opens an email verification link (whoever opens it: the token is the proof); called by the verification endpoint.</summary>
    Task<EmailVerification> VerifyEmailAsync(string token);

    /// <summary>The account with this sign-in email, or null; called by the admin endpoint.</summary>
    Task<Guid?> FindUserIdAsync(string email);
}
