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

    public static readonly IReadOnlyList<ShipTo> Germany =
    [
        new("Berlin", "Berlin", "10115", "DE"), new("München", "Bayern", "80331", "DE"), new("Hamburg", "Hamburg", "20095", "DE"),
        new("Köln", "Nordrhein-Westfalen", "50667", "DE"), new("Leipzig", "Sachsen", "04109", "DE"),
    ];

    public static readonly IReadOnlyList<ShipTo> France =
    [
        new("Paris", "Île-de-France", "75001", "FR"), new("Lyon", "Auvergne-Rhône-Alpes", "69001", "FR"), new("Nantes", "Pays de la Loire", "44000", "FR"),
    ];

    public static readonly IReadOnlyList<ShipTo> Italy =
    [
        new("Milano", "MI", "20121", "IT"), new("Roma", "RM", "00184", "IT"), new("Torino", "TO", "10121", "IT"),
    ];

    public static readonly IReadOnlyList<ShipTo> Spain =
    [
        new("Madrid", "Madrid", "28001", "ES"), new("Barcelona", "Barcelona", "08001", "ES"), new("Valencia", "Valencia", "46001", "ES"),
    ];

    public static readonly IReadOnlyList<ShipTo> UnitedKingdom =
    [
        new("London", "Greater London", "EC1A 1BB", "GB"), new("Manchester", "Greater Manchester", "M1 1AE", "GB"), new("Leeds", "West Yorkshire", "LS1 4AP", "GB"),
    ];

    private ShipTo(string city, string state, string postalCode)
        : this(city, state, postalCode, "US")
    {
    }
}
