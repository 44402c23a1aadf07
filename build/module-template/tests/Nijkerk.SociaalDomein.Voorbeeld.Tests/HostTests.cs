using System.Net;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Voorbeeld.Tests;

/// <summary>The real host runs the module: its endpoint answers, and its page is in the navigation of whoever holds its right.</summary>
public sealed class HostTests(ApiFactory factory) : IClassFixture<ApiFactory>
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
        var client = await factory.IngelogdeClientAsync(await factory.MaakGebruikerAsync(Rollen.Loketmedewerker));

        (await client.GetStringAsync("/")).Should().Contain("href=\"/__schema__\"");
        (await client.GetAsync("/__schema__")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

}
