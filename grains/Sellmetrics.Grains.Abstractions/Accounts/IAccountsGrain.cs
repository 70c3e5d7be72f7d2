namespace Sellmetrics.Grains.Accounts;

/// <summary>The way in for people without a session: sign-up and sign-in. A stateless worker; call it with key 0.</summary>
[Alias("sellmetrics.accounts")]
public interface IAccountsGrain : IGrainWithIntegerKey
{
    /// <summary>Creates an account with a tenant of its own; called by the sign-up endpoint.</summary>
    Task<RegistrationResult> RegisterAsync(Registration registration);

    /// <summary>Checks a password (and authenticator code when MFA is on); called by the sign-in endpoint.</summary>
    Task<SignInResult> SignInAsync(SignInAttempt attempt);
}
