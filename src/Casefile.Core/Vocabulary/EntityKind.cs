namespace Casefile.Vocabulary;

/// <summary>What a heading with attributes stands for. The ID prefix alone decides it.</summary>
public enum EntityKind
{
    Case,
    Person,
    Evidence,
    Circumstance,
    Motion,
    Argument,
}

public static class EntityKinds
{
    public static EntityKind? FromPrefix(char prefix) => prefix switch
    {
        'P' => EntityKind.Person,
        'E' => EntityKind.Evidence,
        'C' => EntityKind.Circumstance,
        'M' => EntityKind.Motion,
        'A' => EntityKind.Argument,
        _ => null,
    };

    public static char Prefix(this EntityKind kind) => kind switch
    {
        EntityKind.Person => 'P',
        EntityKind.Evidence => 'E',
        EntityKind.Circumstance => 'C',
        EntityKind.Motion => 'M',
        EntityKind.Argument => 'A',
        _ => '#',
    };
}
