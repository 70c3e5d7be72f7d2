using MimeKit;

namespace Sellmetrics.Grains.Mail;

/// <summary>
/// Without an SMTP server (a local run), "delivers" each message as an .eml file that only this account can read, so the
/// person running the app can open its links.
/// </summary>
public sealed class PickupFolderMailTransport(string directory) : IMailTransport
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Directory { get; } = Path.GetFullPath(directory);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, OwnerOnlyFolder);
            options.UnixCreateMode = OwnerOnlyFile;
        }

        // Written under another name and renamed, so a reader of *.eml never sees half a message.
        var path = Path.Combine(Directory, $"{DateTime.UtcNow:yyyyMMdd'T'HHmmss}-{Guid.NewGuid():N}.eml");
        var partial = path + ".partial";
        await using (var file = new FileStream(partial, options))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        File.Move(partial, path);
    }
}
