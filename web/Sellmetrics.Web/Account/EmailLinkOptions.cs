using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Web.Account;

/// <summary>How often an account may have verification links sent (section <c>EmailLinks</c>): email changes and resends together.</summary>
public sealed class EmailLinkOptions
{
    public const string Section = "EmailLinks";

    [Range(1, 1000)]
    public int PerAccountPerHour { get; set; } = 5;
}
