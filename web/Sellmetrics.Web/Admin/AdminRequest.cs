using Microsoft.AspNetCore.Http;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Admin;

/// <summary>The admin a request of the admin endpoints acts for, bound with <c>[AsParameters]</c>: the email the audit log names, and the grains.</summary>
public sealed class AdminRequest(HttpContext http, IGrainFactory grains)
{
    public HttpContext Http { get; } = http;

    public IGrainFactory Grains { get; } = grains;

    /// <summary>The admin's sign-in email, as tenant audit logs name who acted.</summary>
    public string Admin => Http.User.FindFirst(SessionClaims.Email)!.Value;
}
