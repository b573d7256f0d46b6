import HealthRemediation

/// Builds the AWS-backed compute service and notifier for a host.
enum AWSWiring {
  struct Services {
    let compute: any ComputeService
    let notifier: (any Notifier)?
  }

  static func services(settings: HostSettings, environment: [String: String]) async throws -> Services {
    throw ConfigurationError(
      setting: "AWS", problem: "the AWS adapters are not wired into this build yet; use --simulate")
  }
}
