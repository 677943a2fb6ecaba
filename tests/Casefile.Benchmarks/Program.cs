using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project tests/Casefile.Benchmarks -- [BenchmarkDotNet options, e.g. --filter '*']
BenchmarkSwitcher.FromAssembly(typeof(Casefile.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
