import AWSSigV4

/// SHA-256 throughput on 1 MiB messages, the size `openssl speed -bytes 1048576 sha256` uses.
struct SHA256Benchmark: BenchmarkSection {
  let name = "sha256"
  let summary = "SHA-256 of a 1 MiB buffer, in MB/s (10^6 bytes per second, as openssl speed reports)"

  func run(settings: BenchmarkSettings) async -> [BenchmarkResult] {
    let size = 1 << 20
    let message = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let hashesPerRepetition = settings.iterations(4)
    let repetitions = 25
    // One warm-up pass so that page faults and caches do not count.
    BenchmarkSink.consume(SHA256.hash(data: message).bytes[0])
    let hashesPerSecond = Measure.bestRate(repetitions: repetitions, operations: hashesPerRepetition) {
      for _ in 0..<hashesPerRepetition {
        let digest = message.withUnsafeBytes { SHA256.hash(bufferPointer: $0) }
        BenchmarkSink.consume(digest.bytes[0])
      }
    }
    return [
      BenchmarkResult(
        figure: "sha256_1mib_mbps", value: hashesPerSecond * Double(size) / 1e6, unit: "MB/s",
        description: "SHA-256 of 1 MiB, best of \(repetitions) runs of \(hashesPerRepetition)")
    ]
  }
}
