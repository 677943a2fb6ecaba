using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>
/// Turns syntax into the model: reads each value by its key's shape, groups files into cases,
/// resolves references and links circumstances to the evidence that proves them.
/// </summary>
public static class ModelBuilder
{
    /// <summary>Builds one case file on its own.</summary>
    public static CaseFile Build(CaseFileSyntax syntax) => Build([syntax])[0];

    /// <summary>
    /// Builds several files; files in the same folder with the same case number form one case and
    /// see each other's IDs. The result is in the order given.
    /// </summary>
    public static IReadOnlyList<CaseFile> Build(IReadOnlyList<CaseFileSyntax> syntaxes)
    {
        var files = syntaxes.Select(BindFile).ToList();
        foreach (var group in files.GroupBy(GroupKey))
        {
            var ordered = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var caseGroup = new CaseGroup(ordered);
            foreach (var file in ordered)
            {
                file.Group = caseGroup;
            }

            Resolve(caseGroup);
        }

        return files;
    }

    private static string GroupKey(CaseFile file)
    {
        var folder = System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty;
        return file.Case.Number is { Length: > 0 } number ? $"{folder}\n{number.Trim()}" : $"\n{file.Path}";
    }

    private static CaseFile BindFile(CaseFileSyntax syntax)
    {
        var file = new CaseFile(syntax)
        {
            Case = new CaseInfo(BindAttributes(EntityKind.Case, syntax.CaseAttributes)),
        };
        file.Case.File = file;
        var references = new List<(Entity?, BoundAttribute, ReferenceValue)>();
        CollectReferences(null, file.Case.Attributes, references);

        foreach (var entitySyntax in syntax.Entities)
        {
            var kind = EntityKinds.FromPrefix(entitySyntax.Id.Prefix)!.Value;
            var attributes = BindAttributes(kind, entitySyntax.Attributes);
            Entity entity = kind switch
            {
                EntityKind.Person => new Person(entitySyntax, file, attributes),
                EntityKind.Evidence => new Evidence(entitySyntax, file, attributes),
                EntityKind.Circumstance => new Circumstance(entitySyntax, file, attributes),
                EntityKind.Motion => new Motion(entitySyntax, file, attributes),
                _ => new DefenceArgument(entitySyntax, file, attributes),
            };
            file.Add(entity);
            CollectReferences(entity, attributes, references);
        }

        file.CompleteBags();
        file.References = references;
        return file;
    }

    /// <summary>Every ID written as a value, noted while the attributes are fresh; resolved once the whole case is bound.</summary>
    private static void CollectReferences(Entity? owner, AttributeBag bag, List<(Entity?, BoundAttribute, ReferenceValue)> references)
    {
        foreach (var attribute in bag.All)
        {
            foreach (var reference in ReferencesIn(attribute.Value))
            {
                references.Add((owner, attribute, reference));
            }
        }
    }

    private static AttributeBag BindAttributes(EntityKind owner, IReadOnlyList<AttributeSyntax> syntaxes)
    {
        var bound = new List<BoundAttribute>(syntaxes.Count);
        List<AttributeSyntax>? unknown = null;
        foreach (var syntax in syntaxes)
        {
            if (Keys.Find(owner, syntax.Key) is not { } key)
            {
                // "- Bekov stated: …" is prose, not a misspelt key; a one-word key is an attribute.
                if (!syntax.HasSeveralWords)
                {
                    (unknown ??= []).Add(syntax);
                }

                continue;
            }

            bound.Add(ValueReader.Read(key, syntax));
        }

        return new AttributeBag(owner, bound, unknown ?? (IReadOnlyList<AttributeSyntax>)[]);
    }

    private static void Resolve(CaseGroup group)
    {
        foreach (var file in group.Files)
        {
            foreach (var (_, _, reference) in file.References)
            {
                reference.Target = group.Find(reference.Id);
            }
        }

        foreach (var file in group.Files)
        {
            foreach (var evidence in file.Evidence)
            {
                // Only the defining item links: a duplicate definition must not add proofs.
                if (group.Find(evidence.Id) != evidence)
                {
                    continue;
                }

                foreach (var circumstance in evidence.Proves)
                {
                    circumstance.AddProof(evidence);
                }
            }
        }
    }

    internal static IEnumerable<ReferenceValue> ReferencesIn(BoundValue? value) => value switch
    {
        ReferenceValue single => [single],
        ReferenceListValue list => list.Items,
        _ => [],
    };
}
