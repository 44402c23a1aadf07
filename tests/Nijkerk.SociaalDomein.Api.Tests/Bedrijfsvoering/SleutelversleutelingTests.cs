using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests.Bedrijfsvoering;

/// <summary>
/// The Data Protection keys in the database are encrypted with the municipality's certificate outside Development; in
/// Production without one the host does not start (ADR 0028).
/// </summary>
public sealed class SleutelversleutelingTests : IDisposable
{
    private const string Wachtwoord = "certificaat-wachtwoord";
    private readonly string certificaat = Path.Combine(Path.GetTempPath(), "nsd-dp-" + Guid.NewGuid().ToString("N") + ".pfx");

    public SleutelversleutelingTests()
    {
        using var rsa = RSA.Create(2048);
        var aanvraag = new CertificateRequest("CN=Nijkerk Sociaal Domein Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var zelfGetekend = aanvraag.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(certificaat, zelfGetekend.Export(X509ContentType.Pkcs12, Wachtwoord));
    }

    public void Dispose() => File.Delete(certificaat);

    [Fact]
    public async Task In_Production_met_een_certificaat_staan_de_sleutels_versleuteld_in_de_database_en_werkt_inloggen()
    {
        await using var factory = new Productie(certificaat, Wachtwoord);
        await ((IAsyncLifetime)factory).InitializeAsync();

        // Signing in needs the key ring: the antiforgery token and the session cookie are protected with it.
        await factory.IngelogdeClientAsync(await factory.MaakGebruikerAsync(Rollen.Loketmedewerker));

        await using var verbinding = new NpgsqlConnection(factory.ConnectionString);
        var sleutels = (await verbinding.QueryAsync<string>("select xml from toegang.data_protection_sleutel")).ToList();
        sleutels.Should().NotBeEmpty();
        sleutels.Should().OnlyContain(xml => xml.Contains("EncryptedData", StringComparison.Ordinal) && !xml.Contains("<masterKey", StringComparison.Ordinal),
            "een sleutel staat alleen versleuteld met het certificaat in de database, nooit als leesbare masterKey");

        // A second host on the same database reads the key from there and decrypts it with the certificate's private key.
        await using var tweede = new Productie(certificaat, Wachtwoord, factory.ConnectionString);
        await ((IAsyncLifetime)tweede).InitializeAsync();
        var beschermd = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("geheim");
        tweede.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(beschermd).Should().Be("geheim");
    }

    [Fact]
    public async Task In_Production_zonder_certificaat_start_de_host_niet_en_schrijft_hij_geen_sleutel()
    {
        await using var factory = new Productie(null, null);
        await ((IAsyncLifetime)factory).InitializeAsync();

        var starten = () => factory.CreateClient();

        starten.Should().Throw<InvalidOperationException>().WithMessage("*niet ingesteld*DataProtection:Certificaat*");
        await using var verbinding = new NpgsqlConnection(factory.ConnectionString);
        (await verbinding.ExecuteScalarAsync<long>("select count(*) from toegang.data_protection_sleutel")).Should().Be(0);
    }

    [Fact]
    public async Task Een_onleesbaar_certificaat_laat_de_host_niet_starten()
    {
        await using var factory = new Productie(certificaat, "verkeerd-wachtwoord");
        await ((IAsyncLifetime)factory).InitializeAsync();

        var starten = () => factory.CreateClient();

        starten.Should().Throw<InvalidOperationException>().WithMessage("*is niet te lezen*DataProtection:CertificaatWachtwoord*");
    }

    private sealed class Productie(string? certificaat, string? wachtwoord, string? database = null) : ApiFactory
    {
        protected override string Omgeving => "Production";

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("DataProtection:Certificaat", certificaat),
            new("DataProtection:CertificaatWachtwoord", wachtwoord),
            .. database is null ? [] : new KeyValuePair<string, string?>[] { new("ConnectionStrings:SociaalDomein", database) },
        ];
    }
}
