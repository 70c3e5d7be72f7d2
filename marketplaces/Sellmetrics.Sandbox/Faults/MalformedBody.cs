using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Sandbox.Faults;

/// <summary>A 200 whose JSON body stops halfway, as a dropped connection or a broken proxy would leave it.</summary>
internal static class MalformedBody
{
    public static IResult For(string start) => TypedResults.Text(start + "{\"truncated\":[1,2,", "application/json", null, StatusCodes.Status200OK);
}
