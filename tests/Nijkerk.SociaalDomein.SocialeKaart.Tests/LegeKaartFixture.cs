using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

/// <summary>A database of its own whose sociale kaart is empty: another municipality that has none yet.</summary>
public sealed class LegeKaartFixture : SliceFixture, IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ScalarAsync<object?>("""
            truncate sociale_kaart.sluitingsdag, sociale_kaart.openingstijd, sociale_kaart.voorziening_locatie, sociale_kaart.locatie,
                sociale_kaart.voorziening, sociale_kaart.organisatie cascade
            """);
    }
}
