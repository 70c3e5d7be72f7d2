using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Silo.DataProtection;

/// <summary>
/// Seals Data Protection keys with the Fernet key ring before they are stored in PostgreSQL, so a
/// copy of the database alone cannot forge or read session cookies.
/// </summary>
public sealed class FernetXmlEncryptor(FernetKeyRing keys) : IXmlEncryptor
{
    public const string ValueElement = "fernet";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var token = keys.Encrypt(Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting)));
        return new EncryptedXmlInfo(new XElement("encryptedKey", new XElement(ValueElement, token)), typeof(FernetXmlDecryptor));
    }
}
