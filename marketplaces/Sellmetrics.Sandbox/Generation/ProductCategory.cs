namespace Sellmetrics.Sandbox.Generation;

/// <summary>A product category with the referral rate and closing fee Amazon charges for it.</summary>
internal sealed record ProductCategory(
    string Name,
    string ProductType,
    string DisplayGroup,
    string ClassificationId,
    decimal ReferralRate,
    decimal ClosingFee,
    decimal MinPrice,
    decimal MaxPrice,
    IReadOnlyList<string> Nouns)
{
    public static readonly IReadOnlyList<ProductCategory> All =
    [
        new("Kitchen", "KITCHEN", "kitchen_display_on_website", "289913", 0.15m, 0m, 9.99m, 49.99m,
            ["Silicone Spatula Set", "Bamboo Cutting Board", "Garlic Press", "Pour-Over Coffee Kettle", "Measuring Cup Set", "Herb Keeper"]),
        new("Home", "HOME", "home_display_on_website", "1063498", 0.15m, 0m, 12.99m, 69.99m,
            ["Linen Throw Pillow Cover", "Cotton Storage Basket", "Blackout Curtain Panel", "Scented Soy Candle", "Wall Hook Rail"]),
        new("Sports", "SPORTING_GOODS", "sports_display_on_website", "3407731", 0.15m, 0m, 14.99m, 89.99m,
            ["Resistance Band Set", "Yoga Mat", "Insulated Water Bottle", "Jump Rope", "Foam Roller"]),
        new("Pet", "PET_SUPPLIES", "pet_products_display_on_website", "2975312", 0.15m, 0m, 7.99m, 39.99m,
            ["Slow Feeder Dog Bowl", "Cat Scratching Pad", "Dog Poop Bag Refills", "Pet Grooming Brush"]),
        new("Books", "ABIS_BOOK", "book_display_on_website", "283155", 0.15m, 1.80m, 8.99m, 29.99m,
            ["Sourdough Baking Guide", "Houseplant Care Handbook", "Trail Running Journal", "Weeknight Cookbook"]),
        new("Beauty", "BEAUTY", "beauty_display_on_website", "11060451", 0.08m, 0m, 6.99m, 34.99m,
            ["Vitamin C Serum", "Jade Face Roller", "Shea Butter Hand Cream", "Bamboo Makeup Brush Set"]),
    ];
}
