import Foundation

// Speed figures of HealthRemediation, measured in a release build and compared with peers by
// scripts/bench.sh. Each section is a BenchmarkSection; add new ones to this list.
let sections: [any BenchmarkSection] = [
  SHA256Benchmark(),
  SigV4Benchmark(),
  EventProcessingBenchmark(),
  ScaleBenchmark(),
]

let settings: BenchmarkSettings
switch BenchmarkSettings.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed):
  settings = parsed
case .failure(let error):
  if !error.message.isEmpty {
    FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
  }
  print(BenchmarkUsageError.usage)
  exit(error.message.isEmpty ? 0 : 2)
}

if settings.listOnly {
  for section in sections {
    print("\(section.name)\t\(section.summary)")
  }
  exit(0)
}

let known = Set(sections.map(\.name))
let unknown = settings.sectionNames.filter { !known.contains($0) }
guard unknown.isEmpty else {
  FileHandle.standardError.write(
    Data(
      "error: unknown section(s) \(unknown.joined(separator: ", ")); known: \(known.sorted().joined(separator: ", "))\n"
        .utf8))
  exit(2)
}

#if DEBUG
  print("warning: this is a debug build; figures are only meaningful in release (swift build -c release)")
#endif

let chosen = sections.filter { settings.sectionNames.isEmpty || settings.sectionNames.contains($0.name) }
exit(BenchmarkRunner.runBlocking(chosen, settings: settings))
