using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Silo.DataProtection;

/// <summary>Opens Data Protection keys sealed by <see cref="FernetXmlEncryptor"/>; created by the Data Protection system.</summary>
public sealed class FernetXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var token = encryptedElement.Element(FernetXmlEncryptor.ValueElement)?.Value
            ?? throw new InvalidOperationException("The Data Protection key is not sealed the way Sellmetrics seals it.");
        return XElement.Parse(Encoding.UTF8.GetString(services.GetRequiredService<FernetKeyRing>().Decrypt(token)));
    }
}
