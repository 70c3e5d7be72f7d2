using Sellmetrics.Facts.Costs;

namespace Sellmetrics.Profit.Tests.Recurring;

public sealed class CostFrequencyNamesTests
{
    [Theory]
    [InlineData("monthly", CostFrequency.Monthly)]
    [InlineData("Weekly", CostFrequency.Weekly)]
    [InlineData("YEARLY", CostFrequency.Yearly)]
    [InlineData("daily", CostFrequency.Daily)]
    public void Names_read_in_any_case(string name, CostFrequency expected)
    {
        Assert.True(CostFrequencyNames.TryParse(name, out var frequency));
        Assert.Equal(expected, frequency);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData(" 1")]
    [InlineData("99")]
    [InlineData("fortnightly")]
    [InlineData("Daily, Weekly")]
    public void Numbers_and_unknown_words_are_not_names(string? name) => Assert.False(CostFrequencyNames.TryParse(name, out _));

    [Fact]
    public void Every_frequency_reads_back_from_its_name()
    {
        foreach (var frequency in Enum.GetValues<CostFrequency>())
        {
            Assert.Equal(frequency, CostFrequencyNames.Parse(CostFrequencyNames.Of(frequency)));
            Assert.Equal(CostFrequencyNames.Of(frequency).ToLowerInvariant(), CostFrequencyNames.Of(frequency));
        }
    }
}
