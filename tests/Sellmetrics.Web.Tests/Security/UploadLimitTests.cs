using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>Oversized, chunked, malformed and hostile uploads end in a 4xx problem and a bounded answer, never a 500.</summary>
public sealed class UploadLimitTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Header = "sku,unitCost,currency,effectiveFrom\n";
    private const int OverTheLimit = 5 * 1024 * 1024;

    [Fact]
    public async Task AChunkedCsvOverTheLimitIsA413AndNothingIsImported()
    {
        var seller = await Seller.SignUpAsync(shared.App, "Chunked");
        var rows = new StringBuilder(Header);
        for (var row = 0; rows.Length < OverTheLimit; row++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"SKU-{row},1.25,USD,2026-01-01\n");
        }

        var raw = await PostAsync(seller, Chunked(new StringContent(rows.ToString(), Encoding.UTF8, "text/csv")));
        var form = new MultipartFormDataContent { { new StringContent(rows.ToString(), Encoding.UTF8, "text/csv"), "file", "costs.csv" } };
        var multipart = await PostAsync(seller, Chunked(form));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, raw.StatusCode);
        Assert.Equal("application/problem+json", raw.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, multipart.StatusCode);
        Assert.Equal("[]", await ProductsAsync(seller));
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nsku,unitCost")]
    [InlineData("multipart/form-data; boundary=XYZ", "garbage without any boundary")]
    [InlineData("multipart/form-data", "--XYZ\r\n\r\n--XYZ--\r\n")]
    [InlineData("multipart/form-data; boundary=0123456789012345678901234567890123456789012345678901234567890123456789012345", "--x--")]
    public async Task AMalformedMultipartBodyIsA400Problem(string contentType, string body)
    {
        var seller = await Seller.SignUpAsync(shared.App, "Multipart");
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await PostAsync(seller, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ALargeFormBeforeSignInIsRefusedWithA4xxWithoutReadingIt()
    {
        using var anonymous = shared.App.CreateClient();
        var oneHugeValue = new FormUrlEncodedContent([new("email", new string('a', OverTheLimit))]);
        var manyFields = new FormUrlEncodedContent(Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>($"f{i}", "x")));

        var withoutToken = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = oneHugeValue });
        var manyWithoutToken = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = manyFields });
        await anonymous.SessionAsync();
        var withToken = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = new FormUrlEncodedContent(Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"))),
        });

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, manyWithoutToken.StatusCode);
        Assert.InRange((int)withToken.StatusCode, 400, 499);
    }

    [Fact]
    public async Task ACsvOfBadRowsGetsAReportOfItsFirstHundredRowsAndACountOfTheRest()
    {
        var seller = await Seller.SignUpAsync(shared.App, "BadRows");
        var csv = new StringBuilder(Header);
        for (var row = 0; row < 5000; row++)
        {
            csv.Append(",x,US,2026-13-01\n");
        }

        var response = await PostAsync(seller, new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var errors = (await AppClient.ReadAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(text.Length < csv.Length / 2, $"a report of {text.Length} characters for a file of {csv.Length}");
        Assert.Equal(400, errors.EnumerateObject().Count(error => error.Name.StartsWith("row ", StringComparison.Ordinal)));
        Assert.True(errors.TryGetProperty("row 100: sku", out _));
        Assert.False(errors.TryGetProperty("row 101: sku", out _));
        var more = errors.GetProperty("more")[0].GetString();
        Assert.Contains("4,900 more rows", more, StringComparison.Ordinal);
        Assert.Contains("unitCost: 4,900", more, StringComparison.Ordinal);
    }

    private static HttpContent Chunked(HttpContent content)
    {
        content.Headers.ContentLength = null;
        return content;
    }

    private static async Task<HttpResponseMessage> PostAsync(Seller seller, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/products/cogs") { Content = content };
        if (content.Headers.ContentLength is null)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        return await seller.Browser.SendAsync(request);
    }

    private static async Task<string> ProductsAsync(Seller seller) =>
        await (await AppClient.EnsureOkAsync(await seller.Browser.GetAsync("/api/products?from=2026-01-01&to=2026-12-31"))).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
