using BenchmarkDotNet.Running;

// Run all:            dotnet run -c Release --project benchmarks/PrivacyPrinciples.Benchmarks -- --filter '*'
// A quick smoke run:  ... -- --filter '*' --job dry
BenchmarkSwitcher.FromAssembly(typeof(PrivacyPrinciples.Benchmarks.BatchBenchmarks).Assembly).Run(args);
