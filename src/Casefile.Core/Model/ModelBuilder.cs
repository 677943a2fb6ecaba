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
        }

        file.CompleteBags();
        return file;
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
            var references = new List<(Entity?, BoundAttribute, ReferenceValue)>();
            foreach (var (owner, bag) in file.AttributeBags)
            {
                foreach (var attribute in bag.All)
                {
                    switch (attribute.Value)
                    {
                        case ReferenceValue single:
                            Resolve(group, references, owner, attribute, single);
                            break;
                        case ReferenceListValue list:
                            foreach (var item in list.Items)
                            {
                                Resolve(group, references, owner, attribute, item);
                            }

                            break;
                    }
                }
            }

            file.References = references;
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

    private static void Resolve(CaseGroup group, List<(Entity?, BoundAttribute, ReferenceValue)> references, Entity? owner, BoundAttribute attribute, ReferenceValue reference)
    {
        reference.Target = group.Find(reference.Id);
        references.Add((owner, attribute, reference));
    }

    internal static IEnumerable<ReferenceValue> ReferencesIn(BoundValue? value) => value switch
    {
        ReferenceValue single => [single],
        ReferenceListValue list => list.Items,
        _ => [],
    };
}
