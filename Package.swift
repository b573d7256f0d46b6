// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "HealthRemediation",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "HealthRemediation", targets: ["HealthRemediation"]),
    .library(name: "HealthRemediationTesting", targets: ["HealthRemediationTesting"]),
    .library(name: "AWSSigV4", targets: ["AWSSigV4"]),
    .library(name: "HealthRemediationAWS", targets: ["HealthRemediationAWS"]),
    .executable(name: "health-remediate", targets: ["health-remediate"]),
    .executable(name: "bootstrap", targets: ["bootstrap"]),
  ],
  targets: [
    // The pure domain: event models, ARNs, policies, ports, engine, report. No networking.
    .target(name: "HealthRemediation"),
    // In-memory fakes of every port, shipped so that users test their own wiring.
    .target(name: "HealthRemediationTesting", dependencies: ["HealthRemediation"]),
    // SHA-256, HMAC and the SigV4 signer: useful without the rest of the library.
    .target(name: "AWSSigV4"),
    // Transport, credentials and the EC2, SNS and STS clients that implement the ports.
    .target(name: "HealthRemediationAWS", dependencies: ["HealthRemediation", "AWSSigV4"]),

    // Hosts: thin wiring over the library, built and tested by the root package.
    .target(
      name: "LambdaRuntime",
      path: "Examples/LambdaRuntime"
    ),
    .target(
      name: "RemediationHost",
      dependencies: [
        "HealthRemediation", "HealthRemediationAWS", "HealthRemediationTesting", "LambdaRuntime",
      ],
      path: "Examples/RemediationHost"
    ),
    .executableTarget(
      name: "health-remediate",
      dependencies: ["RemediationHost"],
      path: "Examples/CLI"
    ),
    .executableTarget(
      name: "bootstrap",
      dependencies: ["RemediationHost", "LambdaRuntime"],
      path: "Examples/Lambda"
    ),
    .executableTarget(
      name: "health-remediation-bench",
      dependencies: [
        "AWSSigV4", "HealthRemediation", "HealthRemediationAWS", "HealthRemediationTesting",
      ],
      path: "Benchmarks/Swift"
    ),

    .testTarget(
      name: "HealthRemediationTests",
      dependencies: ["HealthRemediation", "HealthRemediationTesting"]
    ),
    .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4"]),
    // The moto server and fixtures shared by the AWS and host integration tests.
    .target(
      name: "MotoTestSupport",
      dependencies: ["AWSSigV4", "HealthRemediation", "HealthRemediationAWS"],
      path: "Tests/MotoTestSupport"
    ),
    .testTarget(
      name: "HealthRemediationAWSTests",
      dependencies: ["HealthRemediationAWS", "HealthRemediationTesting", "AWSSigV4", "MotoTestSupport"]
    ),
    .testTarget(
      name: "HostTests",
      dependencies: [
        "LambdaRuntime", "RemediationHost", "HealthRemediationTesting", "HealthRemediationAWS",
        "MotoTestSupport",
      ],
      // The Runtime API stand-in is run by the tests with python3, not compiled.
      exclude: ["Support/runtime_api_standin.py"]
    ),
  ]
)

// One loop applies the strict settings to every target, so no target can opt out.
for target in package.targets {
  var settings = target.swiftSettings ?? []
  settings.append(.swiftLanguageMode(.v6))
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  target.swiftSettings = settings
}
