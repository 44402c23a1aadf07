using System.Security.Cryptography;

namespace Nijkerk.SociaalDomein.Monitoring.Boeking;

/// <summary>
/// The keyed hash (HMAC-SHA256) under which Monitoring follows one question, overdracht or plan through time. The key
/// lives in configuration (<c>Monitoring:Pseudoniemsleutel</c>), never in the database: without it a row cannot be
/// traced back to the other module's id, and with another key the same ids give other pseudonyms.
/// </summary>
internal sealed class Pseudoniem
{
    public const string Instelling = "Monitoring:Pseudoniemsleutel";

    private readonly byte[] sleutel;

    public Pseudoniem(byte[] sleutel)
    {
        if (sleutel.Length < 32)
        {
            throw new InvalidOperationException($"{Instelling} moet minstens 32 bytes zijn (base64).");
        }

        this.sleutel = sleutel;
    }

    public byte[] Van(Guid id) => HMACSHA256.HashData(sleutel, id.ToByteArray());

    /// <summary>The key from configuration; the host does not start without one, so no module counts under a guessable key.</summary>
    public static Pseudoniem Uit(string? base64) =>
        string.IsNullOrWhiteSpace(base64)
            ? throw new InvalidOperationException($"Stel {Instelling} in (base64, minstens 32 bytes): de sleutel van de pseudoniemen in Monitoring.")
            : new Pseudoniem(Convert.FromBase64String(base64));
}
