using Nijkerk.SociaalDomein.Intake.Inwoners;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("999996356")]
    public void Een_nummer_dat_de_elfproef_doorstaat_is_geldig(string bsn) => Bsn.IsGeldig(bsn).Should().BeTrue();

    [Theory]
    [InlineData("123456789")]
    [InlineData("000000000")]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    [InlineData("")]
    [InlineData(null)]
    public void Een_nummer_dat_de_elfproef_niet_doorstaat_is_ongeldig(string? bsn) => Bsn.IsGeldig(bsn).Should().BeFalse();

    [Fact]
    public void Een_bsn_als_tekst_laat_het_nummer_niet_zien() =>
        $"{Bsn.Parse("123456782")}".Should().NotContain("123456782");
}
