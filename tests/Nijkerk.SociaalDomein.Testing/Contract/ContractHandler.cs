namespace Nijkerk.SociaalDomein.Testing.Contract;

/// <summary>
/// Holds every API response a test receives to the served OpenAPI document (<see cref="ApiContract"/>): a status the
/// operation does not document, another media type, or a body that does not fit the documented schema (an
/// undescribed field, a missing required field, a wrong type or value) fails the test with
/// <see cref="ContractSchendingException"/>. The body is buffered first, so the test still reads it.
/// </summary>
public sealed class ContractHandler(ContractBron bron) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var pad = request.RequestUri?.AbsolutePath ?? "";
        if (!pad.StartsWith(ApiContract.BasePath + "/", StringComparison.Ordinal) || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using var server = new HttpMessageInvoker(InnerHandler!, disposeHandler: false);
        var document = await bron.HaalAsync(server, request.RequestUri!, cancellationToken);
        var fouten = document.Controleer(request.Method.Method, pad, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        if (fouten.Count > 0)
        {
            response.Dispose();
            throw new ContractSchendingException(fouten);
        }

        return response;
    }
}

/// <summary>A response that does not match the OpenAPI document: the API or the document is wrong.</summary>
public sealed class ContractSchendingException(IReadOnlyList<string> fouten)
    : Exception("De respons wijkt af van het OpenAPI-document:" + Environment.NewLine + string.Join(Environment.NewLine, fouten.Take(20).Select(f => "  " + f)))
{
    public IReadOnlyList<string> Fouten { get; } = fouten;
}

/// <summary>The document of one host, fetched once on first use through the client's own pipeline.</summary>
public sealed class ContractBron
{
    private readonly SemaphoreSlim slot = new(1, 1);
    private ApiContract? contract;

    public async Task<ApiContract> HaalAsync(HttpMessageInvoker server, Uri basis, CancellationToken cancellationToken)
    {
        if (contract is not null)
        {
            return contract;
        }

        await slot.WaitAsync(cancellationToken);
        try
        {
            if (contract is null)
            {
                using var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri(basis, ApiContract.BasePath + "/openapi.json"));
                using var antwoord = await server.SendAsync(verzoek, cancellationToken);
                antwoord.EnsureSuccessStatusCode();
                var tekst = await antwoord.Content.ReadAsStringAsync(cancellationToken);
                // NSD_OPENAPI_BEWAAR=<pad>: keep the document the check used, to read beside a failure.
                if (Environment.GetEnvironmentVariable("NSD_OPENAPI_BEWAAR") is { Length: > 0 } bewaar)
                {
                    await File.WriteAllTextAsync(bewaar, tekst, cancellationToken);
                }

                contract = new ApiContract(tekst);
            }

            return contract;
        }
        finally
        {
            slot.Release();
        }
    }
}
