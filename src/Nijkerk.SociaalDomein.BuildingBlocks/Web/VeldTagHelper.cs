using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Web;

/// <summary>
/// One NL Design System form field for a bound property, accessible by construction: the label points at the
/// control, the hint and the Dutch error message have ids the control's <c>aria-describedby</c> names, and
/// <c>aria-invalid</c> is set only when the field has an error. The value is what the user typed when the form comes
/// back, else the model's. An input by default; a textarea with <c>regels</c>, a select with <c>keuzes</c>.
/// <code>&lt;nsd-veld asp-for="Formulier.Naam" label="Naam" uitleg="Zoals op het paspoort." autocomplete="off" /&gt;</code>
/// </summary>
[HtmlTargetElement("nsd-veld", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class VeldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Uitleg { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Rows of a textarea; 0 is a single-line input.</summary>
    public int Regels { get; set; }

    /// <summary>The choices of a select: value and the text staff read.</summary>
    public IEnumerable<KeyValuePair<string, string>>? Keuzes { get; set; }

    /// <summary>The first, empty option of a select.</summary>
    public string LegeKeuze { get; set; } = "Kies…";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var naam = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(naam, "_");
        var fout = ViewContext.ViewData.ModelState.TryGetValue(naam, out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;
        var waarde = staat?.AttemptedValue ?? Tekst(For.Model);
        var soort = Keuzes is not null ? "select" : Regels > 0 ? "textarea" : "text";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"utrecht-form-field utrecht-form-field--{soort}" + (fout is null ? "" : " utrecht-form-field--invalid"));

        var label = new TagBuilder("label");
        label.AddCssClass("utrecht-form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(Div("utrecht-form-field__label", null, label));
        if (Uitleg is not null)
        {
            output.Content.AppendHtml(Div("utrecht-form-field__description", id + "-uitleg", new HtmlContentBuilder().Append(Uitleg)));
        }

        if (fout is not null)
        {
            output.Content.AppendHtml(Div("utrecht-form-field-error-message", id + "-fout", new HtmlContentBuilder().Append(fout)));
        }

        var invoer = Invoer(soort, waarde);
        invoer.Attributes["id"] = id;
        invoer.Attributes["name"] = naam;
        var beschreven = string.Join(' ', new[] { Uitleg is null ? null : id + "-uitleg", fout is null ? null : id + "-fout" }.OfType<string>());
        if (beschreven.Length > 0)
        {
            invoer.Attributes["aria-describedby"] = beschreven;
        }

        if (fout is not null)
        {
            invoer.Attributes["aria-invalid"] = "true";
            invoer.Attributes["class"] += $" {invoer.Attributes["class"]}--invalid";
        }

        output.Content.AppendHtml(Div("utrecht-form-field__input", null, invoer));
    }

    private TagBuilder Invoer(string soort, string? waarde)
    {
        switch (soort)
        {
            case "select":
                var select = new TagBuilder("select");
                select.Attributes["class"] = "utrecht-select";
                select.InnerHtml.AppendHtml(Optie("", LegeKeuze, gekozen: false));
                foreach (var (optie, tekst) in Keuzes!)
                {
                    select.InnerHtml.AppendHtml(Optie(optie, tekst, optie == waarde));
                }

                return select;
            case "textarea":
                var textarea = new TagBuilder("textarea");
                textarea.Attributes["class"] = "utrecht-textarea";
                textarea.Attributes["rows"] = Regels.ToString(CultureInfo.InvariantCulture);
                textarea.InnerHtml.Append(waarde ?? "");
                return textarea;
            default:
                var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                input.Attributes["class"] = "utrecht-textbox";
                input.Attributes["type"] = Type;
                input.Attributes["value"] = waarde ?? "";
                if (Autocomplete is not null)
                {
                    input.Attributes["autocomplete"] = Autocomplete;
                }

                return input;
        }
    }

    private static TagBuilder Optie(string waarde, string tekst, bool gekozen)
    {
        var optie = new TagBuilder("option");
        optie.Attributes["value"] = waarde;
        if (gekozen)
        {
            optie.Attributes["selected"] = "selected";
        }

        optie.InnerHtml.Append(tekst);
        return optie;
    }

    private static TagBuilder Div(string klasse, string? id, IHtmlContent inhoud)
    {
        var div = new TagBuilder("div");
        div.Attributes["class"] = klasse;
        if (id is not null)
        {
            div.Attributes["id"] = id;
        }

        div.InnerHtml.AppendHtml(inhoud);
        return div;
    }

    // The formats the HTML date, time and number controls read, whatever the page's culture.
    private static string? Tekst(object? model) => model switch
    {
        null => null,
        DateOnly datum => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly tijd => tijd.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        IFormattable getal => getal.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
