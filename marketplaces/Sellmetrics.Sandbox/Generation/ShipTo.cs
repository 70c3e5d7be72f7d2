namespace Sellmetrics.Sandbox.Generation;

/// <summary>The non-PII part of a shipping address (city, state, postal code, country).</summary>
internal sealed record ShipTo(string City, string State, string PostalCode, string Country)
{
    public static readonly IReadOnlyList<ShipTo> UnitedStates =
    [
        new("SEATTLE", "WA", "98101"), new("AUSTIN", "TX", "78701"), new("DENVER", "CO", "80202"),
        new("COLUMBUS", "OH", "43215"), new("ATLANTA", "GA", "30303"), new("PORTLAND", "OR", "97205"),
        new("CHICAGO", "IL", "60601"), new("PHOENIX", "AZ", "85004"), new("RALEIGH", "NC", "27601"),
        new("BOSTON", "MA", "02108"), new("MIAMI", "FL", "33130"), new("MINNEAPOLIS", "MN", "55401"),
    ];

    private ShipTo(string city, string state, string postalCode)
        : this(city, state, postalCode, "US")
    {
    }
}
