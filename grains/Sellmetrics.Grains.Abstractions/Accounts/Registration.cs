namespace Sellmetrics.Grains.Accounts;

/// <summary>What a new seller gives at sign-up. The password never appears in <see cref="ToString"/>.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.registration")]
public sealed record Registration(
    [property: Id(0)] string Email,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Password,
    [property: Id(3)] bool ConfirmAdult)
{
    public override string ToString() => $"Registration({Email}, password redacted)";
}
