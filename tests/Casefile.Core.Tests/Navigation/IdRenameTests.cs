using Casefile.Localization;
using Casefile.Navigation;
using Casefile.Syntax;

namespace Casefile.Tests.Navigation;

public sealed class IdRenameTests
{
    private static readonly EntityId P1 = new('P', 1);

    [Fact]
    public void A_free_id_of_the_same_prefix_renames_every_occurrence_in_every_file()
    {
        var (_, evidence) = NavigationSamples.TwoFiles();
        var plan = Assert.IsType<RenamePlan>(IdRename.Plan(evidence.Model.Group, P1, " P-12 "));
        Assert.Equal(new EntityId('P', 12), plan.To);
        Assert.Equal(5, plan.Occurrences.Count);
        Assert.Equal(2, plan.Occurrences.Select(o => o.File).Distinct().Count());
    }

    [Fact]
    public void The_same_id_is_an_empty_plan() =>
        Assert.Empty(Assert.IsType<RenamePlan>(IdRename.Plan(NavigationSamples.TwoFiles().Evidence.Model.Group, P1, "P-1")).Occurrences);

    [Theory]
    [InlineData("p-4", Language.En, "'p-4' is not a valid ID. The ID of a person (P-) is the Latin capital letter P, a hyphen and a number without leading zeros, for example P-8.")]
    [InlineData("P-04", Language.Ru, "'P-04' — недопустимый идентификатор. Идентификатор сущности «лицо (P-)» состоит из латинской заглавной буквы P, дефиса и числа без ведущих нулей, например P-8.")]
    [InlineData("Р-4", Language.Kk, "'Р-4' — жарамды идентификатор емес. тұлға (P-) идентификаторы латынның бас әрпі P, сызықша және алдында нөлі жоқ саннан тұрады, мысалы P-8.")]
    [InlineData("E-9", Language.En, "P-1 is a person (P-): the new ID must also begin with P-, because the prefix decides what an entity is (for example P-8).")]
    [InlineData("P-7", Language.En, "P-7 is already defined in this case (persons.case.md, line 13). Choose a free ID, for example P-8.")]
    [InlineData("P-7", Language.Ru, "P-7 уже определён в этом деле (persons.case.md, строка 13). Выберите свободный идентификатор, например P-8.")]
    [InlineData("P-7", Language.Kk, "P-7 осы істе бұрыннан анықталған (persons.case.md, 13-жол). Бос идентификаторды таңдаңыз, мысалы P-8.")]
    public void A_rename_that_would_break_the_case_is_refused_with_the_reason(string newName, Language language, string expected)
    {
        var (_, evidence) = NavigationSamples.TwoFiles();
        var refused = Assert.IsType<RenameRefused>(IdRename.Plan(evidence.Model.Group, P1, newName));
        Assert.Equal(expected, refused.Reason.Format(language));
    }

    [Fact]
    public void An_id_only_referenced_is_not_free_either()
    {
        var files = NavigationSamples.Analyze(("/x/a.case.md", "# Case\n- case: 1\n\n### P-1 A\n- role: witness\n\n### E-1 Item\n- kind: testimony\n- person: P-9\n"));
        var refused = Assert.IsType<RenameRefused>(IdRename.Plan(files[0].Model.Group, P1, "P-9"));
        Assert.Equal(
            "P-9 is already used in this case (a.case.md, line 9), though no entity defines it; renaming to it would merge those references with this entity. Choose a free ID, for example P-10.",
            refused.Reason.Format(Language.En));
    }

    [Fact]
    public void The_next_free_id_follows_the_highest_number_written_anywhere_in_the_case()
    {
        var (_, evidence) = NavigationSamples.TwoFiles();
        Assert.Equal("P-8", IdRename.NextFreeId(evidence.Model.Group, 'P').ToString());
        Assert.Equal("E-3", IdRename.NextFreeId(evidence.Model.Group, 'E').ToString());
        Assert.Equal("M-1", IdRename.NextFreeId(evidence.Model.Group, 'M').ToString());
    }
}
