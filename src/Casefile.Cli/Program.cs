using System.Text;
using Casefile.Cli;

try
{
    Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
catch (Exception exception) when (exception is IOException or PlatformNotSupportedException or InvalidOperationException)
{
    // Some hosts do not let the encoding change; messages may then lose non-ASCII letters.
}

return CliApplication.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
