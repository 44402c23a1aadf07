using System.Net;
using System.Text.RegularExpressions;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Voorbeeld.Tests;

/// <summary>The real host runs the module: its endpoint answers, and its page is in the navigation of whoever holds its right.</summary>
public sealed partial class HostTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Het_endpoint_antwoordt_een_sleutel_met_de_scope()
    {
        var client = await factory.ClientMetSleutelAsync([VoorbeeldRechten.Lezen]);

        (await client.GetAsync("/api/v1/__schema__")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task De_pagina_staat_in_de_navigatie_van_wie_het_recht_heeft()
    {
        var client = factory.CreateClient();
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var formulier = await client.GetStringAsync("/inloggen");
        var token = Token().Match(formulier).Groups[1].Value;
        (await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Gebruikersnaam"] = naam,
            ["Wachtwoord"] = ApiFactory.Wachtwoord,
            ["__RequestVerificationToken"] = token,
        }))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await client.GetStringAsync("/")).Should().Contain("href=\"/__schema__\"");
        (await client.GetAsync("/__schema__")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
