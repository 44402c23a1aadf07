using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Nijkerk.SociaalDomein.Host.Bedrijfsvoering;

/// <summary>
/// The Data Protection keys (sign-in cookies, antiforgery) live in the database (toegang.data_protection_sleutel); outside
/// Development they are stored encrypted with an X.509 certificate of the municipality's own, so whoever reads the
/// database or a backup cannot make a session cookie. <c>DataProtection:Certificaat</c> is the path of a PKCS#12 file
/// (.pfx/.p12) with its private key, <c>DataProtection:CertificaatWachtwoord</c> its password. In Production the host
/// refuses to start without one (ADR 0028).
/// </summary>
internal static class Sleutelversleuteling
{
    public const string CertificaatSleutel = "DataProtection:Certificaat";
    public const string WachtwoordSleutel = "DataProtection:CertificaatWachtwoord";

    public static IServiceCollection AddSleutelversleuteling(this IServiceCollection services, IConfiguration configuration)
    {
        var certificaat = Laad(configuration);
        services.AddSingleton(new SleutelCertificaat(certificaat));
        if (certificaat is not null)
        {
            // Encrypts every new key with the certificate's public key, and decrypts with its private key from this file
            // (not from a certificate store, which a container does not have).
            services.AddDataProtection().ProtectKeysWithCertificate(certificaat);
        }

        return services;
    }

    /// <summary>
    /// Before the host serves, and so before Data Protection writes its first key: in Production without a certificate
    /// the host stops with a message that says what to set; elsewhere outside Development, a warning.
    /// </summary>
    public static void ControleerBijStart(WebApplication app)
    {
        if (app.Services.GetRequiredService<SleutelCertificaat>().Waarde is not null || app.Environment.IsDevelopment())
        {
            return;
        }

        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "In Production worden de Data Protection-sleutels in de database versleuteld met een certificaat, en dat is niet ingesteld. " +
                $"Zet {CertificaatSleutel} (omgeving: DataProtection__Certificaat) op het pad van een PKCS#12-bestand (.pfx) met privésleutel " +
                $"en {WachtwoordSleutel} (DataProtection__CertificaatWachtwoord) op het wachtwoord ervan. Zie README, 'In productie'.");
        }

        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Sleutelversleuteling).FullName!).LogWarning(
            "De Data Protection-sleutels worden onversleuteld bewaard: stel {Instelling} in (omgeving {Omgeving})",
            CertificaatSleutel, app.Environment.EnvironmentName);
    }

    private static X509Certificate2? Laad(IConfiguration configuration)
    {
        var pad = configuration[CertificaatSleutel];
        if (string.IsNullOrWhiteSpace(pad))
        {
            return null;
        }

        X509Certificate2 certificaat;
        try
        {
            certificaat = X509CertificateLoader.LoadPkcs12FromFile(pad, configuration[WachtwoordSleutel]);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Het certificaat voor de Data Protection-sleutels ({CertificaatSleutel} = {pad}) is niet te lezen: {e.Message} " +
                $"Controleer het pad en {WachtwoordSleutel}.", e);
        }

        return certificaat.HasPrivateKey
            ? certificaat
            : throw new InvalidOperationException(
                $"Het certificaat in {pad} heeft geen privésleutel: zonder die zijn de Data Protection-sleutels niet te ontsleutelen.");
    }

    private sealed record SleutelCertificaat(X509Certificate2? Waarde);
}
