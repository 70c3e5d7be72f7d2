namespace Sellmetrics.Listings.Snapshots;

/// <summary>What of a listing the monitor watches; each change of one is stored as one event.</summary>
public enum ListingAttribute
{
    Title,
    BulletPoints,
    MainImage,
    OtherImages,
    Price,
    Availability,
    Issues,
    BuyBoxWinner,
}
