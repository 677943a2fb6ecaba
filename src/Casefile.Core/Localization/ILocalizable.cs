namespace Casefile.Localization;

/// <summary>A message argument that reads differently in each language (a duration, a role, a term).</summary>
public interface ILocalizable
{
    string Format(Language language);
}
