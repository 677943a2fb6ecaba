using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// The workspace as a whole: every case file analysed from the start, open or not, kept current
/// through watched-file events, references between the files of one case, workspace folders.
/// </summary>
public sealed class WorkspaceTests
{
    private const string Persons = """
        # Criminal case 245100031000123
        - case: 245100031000123

        ### P-1 Bekov Bolat
        - role: suspect

        ### P-7 Seitov Arman
        - role: investigator
        """;

    private const string Evidence = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-02 23:50
        - lawyer: none
        - rights-explained: yes
        """;

    private const string Unknown = "# Criminal case 7\n- case: 7\n\n### P-1 X\n- role: suspect\n- colour: red\n";

    [Fact]
    public async Task Every_case_file_of_the_workspace_is_analysed_at_start_open_or_not_and_build_folders_are_skipped()
    {
        using var workspace = new TempWorkspace();
        var top = workspace.Write("top.case.md", Unknown);
        var nested = workspace.Write("deep/er/nested.case.md", Unknown.Replace("colour", "shade"));
        var skipped = workspace.Write("node_modules/pkg/skipped.case.md", Unknown);
        workspace.Write("notes.md", "# Not a case file\n- colour: red\n");
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);

        var first = await client.WaitForDiagnosticsAsync(top);
        Assert.Equal(["5:2-5:8 warning CF0002 'colour' is not a key of a person (P-); the value is ignored."], RuntimeClient.Describe(first));
        Assert.Contains("'shade'", RuntimeClient.Describe(await client.WaitForDiagnosticsAsync(nested)).Single());
        await Task.Delay(300);
        Assert.Empty(client.PublishedFor(skipped));
        Assert.DoesNotContain(client.Notifications, n => n.Method == "textDocument/publishDiagnostics" && n.Params.GetProperty("uri").GetString()!.EndsWith("notes.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Markdown_document_that_is_not_a_case_file_gets_no_diagnostics_until_it_looks_like_one()
    {
        // Neovim and Emacs set up for Markdown send every Markdown buffer: a README is not a broken case.
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var readme = workspace.UriOf("README.md");
        var notes = workspace.UriOf("evidence-notes.md");
        const string Readme = "# Project notes\n\n- colour: red\n- todo: everything\n";
        await client.OpenAsync(readme, Readme);
        await client.OpenAsync(notes, "---\ntitle: x\n---\n<!-- draft -->\n# Criminal case 7\n\n- case: 7\n\n### P-1 X\n- role: suspect\n- colour: red\n");
        Assert.Contains("'colour'", RuntimeClient.Describe(await client.WaitForDiagnosticsAsync(notes)).Single());
        var pulled = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = readme } });
        Assert.Empty(pulled.GetProperty("items").EnumerateArray());
        Assert.Empty(client.PublishedFor(readme));

        // It becomes one as the case key is typed under its heading, and stops being one when it goes.
        await client.ChangeAsync(readme, 2, Changes.Insert(1, 0, "- case: 8\n"));
        await client.WaitForDiagnosticsAsync(readme, p => RuntimeClient.Describe(p).Any(d => d.Contains("'colour'")));
        await client.ChangeAsync(readme, 3, Changes.Replace(1, 0, 2, 0, string.Empty));
        await client.WaitForDiagnosticsAsync(readme, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Fact]
    public async Task The_file_watcher_is_registered_when_the_client_can_register_it_dynamically()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        var registration = await client.WaitForNotificationAsync("client/registerCapability", _ => true);
        var entry = registration.GetProperty("registrations").EnumerateArray().Single();
        Assert.Equal("workspace/didChangeWatchedFiles", entry.GetProperty("method").GetString());
        var globs = entry.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray()
            .Select(w => w.GetProperty("globPattern").GetString() + (w.TryGetProperty("kind", out var kind) ? $" kind {kind.GetInt32()}" : string.Empty)).ToList();
        Assert.Equal(["**/*.case.md", "**/casefile.json", "**/* kind 4"], globs);

        await using var other = LspClient.Start();
        await other.InitializeAsync(workspace.Root, RuntimeClient.Capabilities(change: c => c["workspace"]!["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = false }));
        await TextSyncTests.ServerStillAnswersAsync(other);
        await Task.Delay(300);
        Assert.DoesNotContain(other.Notifications, n => n.Method == "client/registerCapability");
    }

    [Fact]
    public async Task Files_created_changed_and_deleted_on_disk_are_followed_and_a_deleted_one_is_cleared()
    {
        using var workspace = new TempWorkspace();
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        await TextSyncTests.ServerStillAnswersAsync(client);

        var uri = workspace.Write("new.case.md", Unknown);
        await WatchedAsync(client, uri, 1);
        Assert.Contains("'colour'", RuntimeClient.Describe(await client.WaitForDiagnosticsAsync(uri)).Single());

        workspace.Write("new.case.md", Unknown.Replace("colour", "tint"));
        await WatchedAsync(client, uri, 2);
        await client.WaitForDiagnosticsAsync(uri, p => RuntimeClient.Describe(p).Any(d => d.Contains("'tint'")));

        File.Delete(workspace.PathOf("new.case.md"));
        await WatchedAsync(client, uri, 3);
        var cleared = await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
        Assert.False(cleared.TryGetProperty("version", out _));
    }

    [Fact]
    public async Task A_deleted_folder_takes_its_case_files_and_their_diagnostics_with_it()
    {
        using var workspace = new TempWorkspace();
        var kept = workspace.Write("kept.case.md", Unknown);
        var first = workspace.Write("old/first.case.md", Unknown);
        var second = workspace.Write("old/deeper/second.case.md", Unknown);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        await client.WaitForDiagnosticsAsync(first);
        await client.WaitForDiagnosticsAsync(second);
        await client.WaitForDiagnosticsAsync(kept);

        Directory.Delete(workspace.PathOf("old"), recursive: true);
        await WatchedAsync(client, LspClient.Uri(workspace.PathOf("old")), 3);
        await client.WaitForDiagnosticsAsync(first, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
        await client.WaitForDiagnosticsAsync(second, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
        Assert.Single(client.PublishedFor(kept));
    }

    [Fact]
    public async Task A_person_defined_in_one_file_is_found_from_another_and_editing_the_definition_updates_the_other()
    {
        using var workspace = new TempWorkspace();
        var persons = workspace.Write("persons.case.md", Persons);
        var evidence = workspace.Write("evidence.case.md", Evidence);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);

        // P-1 and P-7 resolve across the files of the case: no unknown reference.
        var first = await client.WaitForDiagnosticsAsync(evidence);
        Assert.DoesNotContain("CF0006", RuntimeClient.Codes(first));
        Assert.Contains("CF1504", RuntimeClient.Codes(first));
        var night = first.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "CF1504");
        var related = night.GetProperty("relatedInformation").EnumerateArray().Single().GetProperty("location");
        Assert.Equal(persons, related.GetProperty("uri").GetString());
        Assert.Equal(3, related.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        // Renumber P-1 in the open definition file: the other, closed file now refers to nothing.
        await client.OpenAsync(persons, Persons);
        await client.ChangeAsync(persons, 2, Changes.Replace(3, 6, 3, 7, "2"));
        var second = await client.WaitForDiagnosticsAsync(evidence, p => RuntimeClient.Codes(p).Contains("CF0006"));
        Assert.Contains(RuntimeClient.Describe(second), d => d.Contains("P-1") && d.Contains("CF0006"));

        // Closing the definition file without saving brings back the text on disk.
        await client.CloseAsync(persons);
        await client.WaitForDiagnosticsAsync(evidence, p => !RuntimeClient.Codes(p).Contains("CF0006"));

        // The same through the disk: the definition file changed by another program.
        workspace.Write("persons.case.md", Persons.Replace("P-7", "P-8"));
        await WatchedAsync(client, persons, 2);
        await client.WaitForDiagnosticsAsync(evidence, p => RuntimeClient.Describe(p).Any(d => d.Contains("CF0006") && d.Contains("P-7")));
    }

    [Fact]
    public async Task An_open_document_keeps_the_editors_text_when_its_file_changes_on_disk()
    {
        using var workspace = new TempWorkspace();
        var uri = workspace.Write("open.case.md", Unknown);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        await client.WaitForDiagnosticsAsync(uri);
        await client.OpenAsync(uri, Unknown.Replace("colour", "editor"));
        await client.WaitForDiagnosticsAsync(uri, p => RuntimeClient.Describe(p).Any(d => d.Contains("'editor'")));

        workspace.Write("open.case.md", Unknown.Replace("colour", "disk"));
        await WatchedAsync(client, uri, 2);
        await TextSyncTests.ServerStillAnswersAsync(client);
        await Task.Delay(300);
        Assert.Contains("'editor'", RuntimeClient.Describe(client.PublishedFor(uri)[^1]).Single());

        // Closed, the file is what is on disk now.
        await client.CloseAsync(uri);
        var closed = await client.WaitForDiagnosticsAsync(uri, p => RuntimeClient.Describe(p).Any(d => d.Contains("'disk'")));
        Assert.False(closed.TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Closing_a_file_from_outside_the_workspace_clears_its_diagnostics()
    {
        using var workspace = new TempWorkspace();
        using var elsewhere = new TempWorkspace();
        var uri = elsewhere.Write("outside.case.md", Unknown);
        var untitled = "untitled:Untitled-1";
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        await TextSyncTests.ServerStillAnswersAsync(client);

        await client.OpenAsync(uri, Unknown);
        await client.OpenAsync(untitled, Unknown);
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("diagnostics").GetArrayLength() == 1);
        await client.WaitForDiagnosticsAsync(untitled, p => p.GetProperty("diagnostics").GetArrayLength() == 1);
        await client.CloseAsync(uri);
        await client.CloseAsync(untitled);
        await client.WaitForDiagnosticsAsync(uri, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
        await client.WaitForDiagnosticsAsync(untitled, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Fact]
    public async Task Workspace_folders_added_and_removed_bring_and_clear_their_files()
    {
        using var first = new TempWorkspace();
        using var second = new TempWorkspace();
        var inFirst = first.Write("a.case.md", Unknown);
        var inSecond = second.Write("b.case.md", Unknown);
        await using var client = LspClient.Start();
        await client.InitializeAsync(first.Root);
        await client.WaitForDiagnosticsAsync(inFirst);

        await client.NotifyAsync("workspace/didChangeWorkspaceFolders", new
        {
            @event = new { added = new[] { new { uri = LspClient.Uri(second.Root), name = "second" } }, removed = new[] { new { uri = LspClient.Uri(first.Root), name = "test" } } },
        });
        await client.WaitForDiagnosticsAsync(inSecond, p => p.GetProperty("diagnostics").GetArrayLength() == 1);
        await client.WaitForDiagnosticsAsync(inFirst, p => p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    internal static Task WatchedAsync(LspClient client, string uri, int type) =>
        client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri, type } } });
}
