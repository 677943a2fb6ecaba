using Casefile.Localization;

namespace Casefile.LanguageServer.Tests;

/// <summary>
/// An example case file typed into an empty document as an editor sends it: one didChange per
/// keystroke with an incremental range (typos rubbed out with backspace now and then), then
/// line by line. The diagnostics the server settles on must be those of a fresh analysis of
/// the same text: no edit lost, none applied twice or out of order, no stale push last.
/// </summary>
public sealed class ReplayTests
{
    [Theory]
    [InlineData("en-assault/assault.case.md", 1500)]
    [InlineData("kk-theft/theft.case.md", 600)]
    public async Task Typing_an_example_ends_with_the_diagnostics_of_a_fresh_analysis(string example, int keystrokes)
    {
        var text = Expected.ReadLikeTheCli(Path.Combine(Repository.Examples, example)).ReplaceLineEndings("\n");
        using var workspace = new TempWorkspace();
        var path = workspace.PathOf(Path.GetFileName(example));
        var uri = LspClient.Uri(path);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root, diagnosticsDelayMs: 0);
        await client.OpenAsync(uri, string.Empty);

        var typist = new Typist(client, uri);
        var index = 0;
        while (index < text.Length && index < keystrokes)
        {
            var length = char.IsHighSurrogate(text[index]) ? 2 : 1;
            if (index % 97 == 13)
            {
                // A typo, rubbed out at once.
                await typist.TypeAsync("#");
                await typist.BackspaceAsync();
            }

            await typist.TypeAsync(text.Substring(index, length));
            index += length;
        }

        while (index < text.Length)
        {
            var end = text.IndexOf('\n', index);
            end = end < 0 ? text.Length : end + 1;
            await typist.TypeAsync(text[index..end]);
            index = end;
        }

        var expected = Expected.ForText(path, text, Language.En);
        Assert.NotEmpty(expected);
        var settled = await client.WaitForSettledDiagnosticsAsync(uri, p => RuntimeClient.DescribeWithRelated(p).SequenceEqual(expected), timeout: TimeSpan.FromSeconds(60));
        Assert.Equal(expected, RuntimeClient.DescribeWithRelated(settled));
        Assert.True(settled.GetProperty("version").GetInt32() <= typist.Version);
    }

    /// <summary>Inserts at the end of the document, keeping the LSP position of that end (UTF-16, LF).</summary>
    private sealed class Typist(LspClient client, string uri)
    {
        private int line;
        private int character;
        private char? last;

        public int Version { get; private set; } = 1;

        public async Task TypeAsync(string typed)
        {
            await client.ChangeAsync(uri, ++Version, Changes.Insert(line, character, typed));
            foreach (var c in typed)
            {
                if (c == '\n')
                {
                    line++;
                    character = 0;
                }
                else
                {
                    character++;
                }

                last = c;
            }
        }

        /// <summary>Deletes the last character typed, which is never a line break here.</summary>
        public async Task BackspaceAsync()
        {
            Assert.NotEqual('\n', last);
            await client.ChangeAsync(uri, ++Version, Changes.Replace(line, character - 1, line, character, string.Empty));
            character--;
        }
    }
}
