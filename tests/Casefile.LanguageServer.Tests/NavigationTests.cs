using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// Navigation over stdio: outline, workspace symbols, definition, references, highlights and
/// rename, on a case split over two files of one folder (persons in one, evidence in the other).
/// </summary>
public sealed class NavigationTests
{
    private const string Persons = """
        # Criminal case 245100031000123
        - case: 245100031000123

        ## Persons

        ### P-1 Bekov Bolat
        - role: suspect
        - lawyer: P-3

        ### P-3 Akhmetov Daniyar
        - role: defender

        ### P-7 Seitov Arman
        - role: investigator
        """;

    private const string Evidence = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ## Evidence

        <!-- casefile-ignore CF1505: the break is recorded in the protocol, see P-7's report -->
        ### E-1 Interrogation of the suspect P-1
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - lawyer: none
        - rights-explained: no
        - proves: C-1
        - Bekov stated: P-3 was not called

        P-1 said that he had been at home. See also E-2.

        ### E-2 Seizure protocol
        - kind: protocol
        - action: seizure
        - date: 2024-03-04
        - conducted-by: P-7
        - signed-by: P-7
        - status: excluded
        - exclusion-ground: taken without a warrant, as P-1's defender P-3 objected
        - proves: C-1

        ## Circumstances

        ### C-1 The event of the crime
        - element: event
        - charged: yes
        """;

    [Fact]
    public async Task The_outline_is_case_then_sections_then_entities_with_admissibility_in_the_detail()
    {
        await using var session = await Session.StartAsync(capabilities: VsCodeLike());
        var symbols = await session.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = session.EvidenceUri } });

        Assert.Equal(
            """
            Namespace Criminal case 245100031000123 [0:0-34:14] select [0:2-0:31]
              Module Evidence [4:0-28:13] select [4:3-4:11]
                File E-1 Interrogation of the suspect P-1 | testimony · 2024-03-02 · inadmissible: CF1001, CF1504 | deprecated [7:0-18:48] select [7:4-7:7]
                File E-2 Seizure protocol | protocol · 2024-03-04 · inadmissible: excluded | deprecated [20:0-28:13] select [20:4-20:7]
              Module Circumstances [30:0-34:14] select [30:3-30:16]
                Key C-1 The event of the crime | event · charged [32:0-34:14] select [32:4-32:7]

            """.ReplaceLineEndings("\n"),
            RenderSymbols(symbols));
    }

    [Fact]
    public async Task The_outline_speaks_the_editor_s_language()
    {
        await using var session = await Session.StartAsync(locale: "ru", capabilities: VsCodeLike());
        var symbols = await session.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = session.PersonsUri } });
        var persons = symbols[0].GetProperty("children")[0].GetProperty("children").EnumerateArray()
            .Select(s => $"{s.GetProperty("name").GetString()} | {s.GetProperty("detail").GetString()} | {s.GetProperty("kind").GetInt32()}")
            .ToList();
        Assert.Equal(["P-1 Bekov Bolat | подозреваемый | 19", "P-3 Akhmetov Daniyar | защитник | 19", "P-7 Seitov Arman | следователь | 19"], persons);
    }

    [Fact]
    public async Task A_client_without_hierarchical_symbols_gets_a_flat_list_with_containers_and_kinds_it_knows()
    {
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["textDocument"]!.AsObject().Remove("documentSymbol");
        await using var session = await Session.StartAsync(capabilities: capabilities);
        var symbols = await session.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = session.PersonsUri } });
        var flat = symbols.EnumerateArray()
            .Select(s => $"{s.GetProperty("kind").GetInt32()} {s.GetProperty("name").GetString()} in {(s.TryGetProperty("containerName", out var c) ? c.GetString() : "-")} at {Range(s.GetProperty("location").GetProperty("range"))}")
            .ToList();

        // Without a list of kinds only File..Array are known: a person is a Class then.
        Assert.Equal(
            [
                "3 Criminal case 245100031000123 in - at [0:0-13:20]",
                "2 Persons in Criminal case 245100031000123 at [3:0-13:20]",
                "5 P-1 Bekov Bolat in Persons at [5:0-7:13]",
                "5 P-3 Akhmetov Daniyar in Persons at [9:0-10:16]",
                "5 P-7 Seitov Arman in Persons at [12:0-13:20]",
            ],
            flat);
    }

    [Fact]
    public async Task Workspace_symbols_find_entities_of_files_not_open_by_id_or_title_ignoring_case()
    {
        await using var session = await Session.StartAsync(capabilities: VsCodeLike());

        var byTitle = await session.Client.RequestAsync("workspace/symbol", new { query = "bekov" });
        var first = byTitle[0];
        Assert.Equal("P-1 Bekov Bolat", first.GetProperty("name").GetString());
        Assert.Equal(19, first.GetProperty("kind").GetInt32());
        Assert.Equal("Criminal case 245100031000123", first.GetProperty("containerName").GetString());
        Assert.Equal(session.PersonsUri, first.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("[5:4-5:19]", Range(first.GetProperty("location").GetProperty("range")));

        var byId = await session.Client.RequestAsync("workspace/symbol", new { query = "e2" });
        Assert.Equal("E-2 Seizure protocol", byId[0].GetProperty("name").GetString());
        Assert.Equal(session.EvidenceUri, byId[0].GetProperty("location").GetProperty("uri").GetString());

        var fuzzy = await session.Client.RequestAsync("workspace/symbol", new { query = "SZR" });
        Assert.Equal(["E-2 Seizure protocol"], fuzzy.EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        var all = await session.Client.RequestAsync("workspace/symbol", new { query = "" });
        Assert.Equal(8, all.GetArrayLength());
    }

    [Fact]
    public async Task Definition_jumps_from_a_reference_value_to_the_heading_in_the_other_file()
    {
        await using var session = await Session.StartAsync(capabilities: VsCodeLike());
        var result = await session.Client.RequestAsync("textDocument/definition", session.At(session.EvidenceUri, 9, 11));
        var link = Assert.Single(result.EnumerateArray());
        Assert.Equal(session.PersonsUri, link.GetProperty("targetUri").GetString());
        Assert.Equal("[5:4-5:7]", Range(link.GetProperty("targetSelectionRange")));
        Assert.Equal("[5:0-7:13]", Range(link.GetProperty("targetRange")));
        Assert.Equal("[9:10-9:13]", Range(link.GetProperty("originSelectionRange")));
    }

    [Fact]
    public async Task Definition_works_from_a_mention_in_prose_and_in_a_title_and_gives_plain_locations_without_link_support()
    {
        var capabilities = LspClient.DefaultCapabilities();
        await using var session = await Session.StartAsync(capabilities: capabilities);

        // "See also E-2." in prose; the cursor right after the ID counts.
        var toEvidence = await session.Client.RequestAsync("textDocument/definition", session.At(session.EvidenceUri, 18, 47));
        var location = Assert.Single(toEvidence.EnumerateArray());
        Assert.Equal(session.EvidenceUri, location.GetProperty("uri").GetString());
        Assert.Equal("[20:4-20:7]", Range(location.GetProperty("range")));

        // "… of the suspect P-1" in E-1's title.
        var toPerson = await session.Client.RequestAsync("textDocument/definition", session.At(session.EvidenceUri, 7, 38));
        Assert.Equal(session.PersonsUri, toPerson[0].GetProperty("uri").GetString());
        Assert.Equal("[5:4-5:7]", Range(toPerson[0].GetProperty("range")));

        // On a key there is nothing to go to.
        var none = await session.Client.RequestAsync("textDocument/definition", session.At(session.EvidenceUri, 8, 3));
        Assert.Equal(JsonValueKind.Null, none.ValueKind);
    }

    [Fact]
    public async Task An_id_defined_twice_leads_to_both_definitions_the_one_references_resolve_to_first()
    {
        using var workspace = new TempWorkspace();
        var uri = workspace.Write("dup.case.md", "# Case\n- case: 7\n\n### P-1 First\n- role: witness\n\n### P-1 Second\n- role: witness\n\n### E-1 Item\n- kind: testimony\n- person: P-1\n");
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, VsCodeLike());
        await client.WaitForDiagnosticsAsync(uri);
        var result = await client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = new { line = 11, character = 11 } });
        Assert.Equal(["[3:4-3:7]", "[6:4-6:7]"], result.EnumerateArray().Select(l => Range(l.GetProperty("targetSelectionRange"))));
    }

    [Fact]
    public async Task References_list_definition_values_and_mentions_across_the_case_s_files()
    {
        await using var session = await Session.StartAsync();
        var withDeclaration = await session.Client.RequestAsync("textDocument/references", session.At(session.PersonsUri, 5, 5, includeDeclaration: true));
        Assert.Equal(
            [
                "evidence.case.md [7:37-7:40]",
                "evidence.case.md [9:10-9:13]",
                "evidence.case.md [18:0-18:3]",
                "evidence.case.md [27:48-27:51]",
                "persons.case.md [5:4-5:7]",
            ],
            Locations(withDeclaration));

        // From a reference value, without the declaration; the cursor may also stand on the heading's title.
        var withoutDeclaration = await session.Client.RequestAsync("textDocument/references", session.At(session.EvidenceUri, 9, 12, includeDeclaration: false));
        Assert.Equal(4, withoutDeclaration.GetArrayLength());
        var fromTitle = await session.Client.RequestAsync("textDocument/references", session.At(session.PersonsUri, 12, 12, includeDeclaration: false));
        Assert.Equal(
            ["evidence.case.md [10:16-10:19]", "evidence.case.md [24:16-24:19]", "evidence.case.md [25:13-25:16]"],
            Locations(fromTitle));
    }

    [Fact]
    public async Task Document_highlights_mark_the_definition_as_write_references_as_read_and_mentions_as_text()
    {
        await using var session = await Session.StartAsync();
        var highlights = await session.Client.RequestAsync("textDocument/documentHighlight", session.At(session.EvidenceUri, 20, 5));
        var rendered = highlights.EnumerateArray().Select(h => $"{Range(h.GetProperty("range"))} {h.GetProperty("kind").GetInt32()}").ToList();
        Assert.Equal(["[18:44-18:47] 1", "[20:4-20:7] 3"], rendered);

        var persons = await session.Client.RequestAsync("textDocument/documentHighlight", session.At(session.PersonsUri, 7, 11));
        Assert.Equal(["[7:10-7:13] 2", "[9:4-9:7] 3"], persons.EnumerateArray().Select(h => $"{Range(h.GetProperty("range"))} {h.GetProperty("kind").GetInt32()}"));
    }

    [Fact]
    public async Task Rename_changes_the_definition_references_and_mentions_in_both_files()
    {
        await using var session = await Session.StartAsync();
        var prepared = await session.Client.RequestAsync("textDocument/prepareRename", session.At(session.EvidenceUri, 9, 11));
        Assert.Equal("[9:10-9:13]", Range(prepared.GetProperty("range")));
        Assert.Equal("P-1", prepared.GetProperty("placeholder").GetString());

        var edit = await session.Client.RequestAsync("textDocument/rename", session.At(session.EvidenceUri, 9, 11, newName: "P-10"));
        var changes = edit.GetProperty("changes");
        Assert.Equal(
            new[] { session.EvidenceUri, session.PersonsUri }.Order(StringComparer.Ordinal),
            changes.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        static string Renamed(string text) => Regex.Replace(text, @"(?<![\w-])P-1(?!\d)", "P-10");
        Assert.Equal(Renamed(Persons), Apply(Persons, changes.GetProperty(session.PersonsUri)));
        Assert.Equal(Renamed(Evidence), Apply(Evidence, changes.GetProperty(session.EvidenceUri)));
        Assert.Contains("as P-10's defender P-3", Apply(Evidence, changes.GetProperty(session.EvidenceUri)));
    }

    [Fact]
    public async Task Rename_with_document_changes_carries_the_open_document_s_version()
    {
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["workspace"]!["workspaceEdit"] = new JsonObject { ["documentChanges"] = true };
        await using var session = await Session.StartAsync(capabilities: capabilities);
        await session.Client.EditAsync(session.EvidenceUri, 2, 18, 49, 18, 49, " Twice.");

        var edit = await session.Client.RequestAsync("textDocument/rename", session.At(session.PersonsUri, 12, 5, newName: "P-8"));
        var documents = edit.GetProperty("documentChanges").EnumerateArray()
            .ToDictionary(d => d.GetProperty("textDocument").GetProperty("uri").GetString()!, d => d);
        var evidence = documents[session.EvidenceUri];
        Assert.Equal(2, evidence.GetProperty("textDocument").GetProperty("version").GetInt32());
        Assert.Equal(3, evidence.GetProperty("edits").GetArrayLength());
        var persons = documents[session.PersonsUri];
        Assert.Equal(JsonValueKind.Null, persons.GetProperty("textDocument").TryGetProperty("version", out var v) ? v.ValueKind : JsonValueKind.Null);
        Assert.Equal("P-8", Assert.Single(persons.GetProperty("edits").EnumerateArray()).GetProperty("newText").GetString());
    }

    [Theory]
    [InlineData("en", "P-3", "P-3 is already defined in this case (persons.case.md, line 10). Choose a free ID, for example P-8.")]
    [InlineData("ru", "E-4", "P-1 — лицо (P-): новый идентификатор тоже должен начинаться с P-, потому что вид сущности определяется префиксом (например, P-8).")]
    [InlineData("kk", "P-01", "'P-01' — жарамды идентификатор емес. тұлға (P-) идентификаторы латынның бас әрпі P, сызықша және алдында нөлі жоқ саннан тұрады, мысалы P-8.")]
    public async Task A_rename_that_would_break_the_case_fails_with_the_reason_in_the_user_s_language(string locale, string newName, string message)
    {
        await using var session = await Session.StartAsync(locale: locale);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.Client.RequestAsync("textDocument/rename", session.At(session.PersonsUri, 5, 5, newName: newName)));
        Assert.Equal(-32803, error.ErrorCode);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Prepare_rename_off_an_id_explains_what_can_be_renamed()
    {
        await using var session = await Session.StartAsync(locale: "ru");
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => session.Client.RequestAsync("textDocument/prepareRename", session.At(session.PersonsUri, 5, 12)));
        Assert.Equal(-32803, error.ErrorCode);
        Assert.Equal("Переименовать можно только идентификатор: поставьте курсор на идентификатор вроде P-1 или E-2 в заголовке, значении или тексте.", error.Message);
    }

    [Fact]
    public async Task The_server_announces_the_navigation_capabilities()
    {
        await using var client = LspClient.Start();
        var result = await client.InitializeAsync();
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("Casefile", capabilities.GetProperty("documentSymbolProvider").GetProperty("label").GetString());
        Assert.True(capabilities.GetProperty("workspaceSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("definitionProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("referencesProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentHighlightProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    /// <summary>What VS Code says about navigation: every symbol kind, symbol tags, definition links.</summary>
    private static JsonObject VsCodeLike()
    {
        static JsonArray AllKinds() => new(Enumerable.Range(1, 26).Select(k => (JsonNode)k).ToArray());
        var capabilities = LspClient.DefaultCapabilities();
        capabilities["textDocument"]!["documentSymbol"] = new JsonObject
        {
            ["hierarchicalDocumentSymbolSupport"] = true,
            ["symbolKind"] = new JsonObject { ["valueSet"] = AllKinds() },
            ["tagSupport"] = new JsonObject { ["valueSet"] = new JsonArray(1) },
            ["labelSupport"] = true,
        };
        capabilities["textDocument"]!["definition"] = new JsonObject { ["linkSupport"] = true };
        capabilities["workspace"]!["symbol"] = new JsonObject
        {
            ["symbolKind"] = new JsonObject { ["valueSet"] = AllKinds() },
            ["tagSupport"] = new JsonObject { ["valueSet"] = new JsonArray(1) },
        };
        return capabilities;
    }

    private static readonly string[] KindNames =
    [
        "", "File", "Module", "Namespace", "Package", "Class", "Method", "Property", "Field", "Constructor", "Enum", "Interface", "Function",
        "Variable", "Constant", "String", "Number", "Boolean", "Array", "Object", "Key", "Null", "EnumMember", "Struct", "Event", "Operator", "TypeParameter",
    ];

    private static string RenderSymbols(JsonElement symbols)
    {
        var output = new StringBuilder();
        void Write(JsonElement symbol, int depth)
        {
            output.Append(new string(' ', depth * 2))
                .Append(KindNames[symbol.GetProperty("kind").GetInt32()]).Append(' ')
                .Append(symbol.GetProperty("name").GetString())
                .Append(symbol.TryGetProperty("detail", out var detail) ? $" | {detail.GetString()}" : string.Empty)
                .Append(symbol.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetInt32() == 1) ? " | deprecated" : string.Empty)
                .Append(' ').Append(Range(symbol.GetProperty("range")))
                .Append(" select ").Append(Range(symbol.GetProperty("selectionRange")))
                .Append('\n');
            if (symbol.TryGetProperty("children", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Write(child, depth + 1);
                }
            }
        }

        foreach (var symbol in symbols.EnumerateArray())
        {
            Write(symbol, 0);
        }

        return output.ToString();
    }

    private static string Range(JsonElement range) =>
        $"[{range.GetProperty("start").GetProperty("line").GetInt32()}:{range.GetProperty("start").GetProperty("character").GetInt32()}-" +
        $"{range.GetProperty("end").GetProperty("line").GetInt32()}:{range.GetProperty("end").GetProperty("character").GetInt32()}]";

    private static List<string> Locations(JsonElement locations) =>
        locations.EnumerateArray()
            .Select(l => $"{Path.GetFileName(new Uri(l.GetProperty("uri").GetString()!).LocalPath)} {Range(l.GetProperty("range"))}")
            .ToList();

    /// <summary>Applies LSP text edits (UTF-16 positions, non-overlapping) to a text, as the editor would.</summary>
    private static string Apply(string text, JsonElement edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(JsonElement position) => lineStarts[position.GetProperty("line").GetInt32()] + position.GetProperty("character").GetInt32();
        var ordered = edits.EnumerateArray()
            .Select(e => (Start: Offset(e.GetProperty("range").GetProperty("start")), End: Offset(e.GetProperty("range").GetProperty("end")), Text: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Start)
            .ToList();
        var result = new StringBuilder(text);
        foreach (var (start, end, newText) in ordered)
        {
            result.Remove(start, end - start).Insert(start, newText);
        }

        return result.ToString();
    }

    /// <summary>A workspace with the two files of the case; the evidence file is open, the persons file only on disk.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private Session(TempWorkspace workspace, LspClient client)
        {
            Workspace = workspace;
            Client = client;
        }

        public TempWorkspace Workspace { get; }

        public LspClient Client { get; }

        public string PersonsUri => Workspace.UriOf("case/persons.case.md");

        public string EvidenceUri => Workspace.UriOf("case/evidence.case.md");

        public static async Task<Session> StartAsync(string locale = "en", JsonObject? capabilities = null)
        {
            var workspace = new TempWorkspace();
            workspace.Write("case/persons.case.md", Persons);
            workspace.Write("case/evidence.case.md", Evidence);
            var client = LspClient.Start();
            var session = new Session(workspace, client);
            await client.InitializeAsync(workspace.Root, capabilities, locale);
            await client.OpenAsync(session.EvidenceUri, Evidence);
            await client.WaitForDiagnosticsAsync(session.PersonsUri);
            await client.WaitForDiagnosticsAsync(session.EvidenceUri, p => p.TryGetProperty("version", out var version) && version.GetInt32() == 1);
            return session;
        }

        public object At(string uri, int line, int character, bool? includeDeclaration = null, string? newName = null)
        {
            var parameters = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
            };
            if (includeDeclaration is { } include)
            {
                parameters["context"] = new JsonObject { ["includeDeclaration"] = include };
            }

            if (newName is not null)
            {
                parameters["newName"] = newName;
            }

            return parameters;
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            Workspace.Dispose();
        }
    }
}
