import HealthRemediation
import HealthRemediationAWS

/// Builds the AWS-backed compute service and notifier for a host, from the standard AWS environment and
/// the host's settings.
enum AWSWiring {
  struct Services {
    let compute: any ComputeService
    let notifier: (any Notifier)?
  }

  /// The services: EC2 in every account and region the event names (other accounts through the role
  /// name), SNS for the topic.
  ///
  /// - Throws: ``ConfigurationError`` when the AWS environment is unusable (a malformed endpoint or region).
  static func services(settings: HostSettings, environment: [String: String]) async throws -> Services {
    var environment = environment
    // --region is the caller's region too: STS and the topic's own region stay as AWS defines them.
    if let region = settings.region { environment["AWS_REGION"] = region }
    let crossAccount = CrossAccountAccess(
      roleName: settings.roleName, externalID: environment[AWSRemediationServices.externalIDVariable])
    do {
      let services = try AWSRemediationServices.fromEnvironment(
        environment, topicARN: settings.topicARN, crossAccount: crossAccount)
      return Services(compute: services.compute, notifier: services.notifier)
    } catch {
      throw ConfigurationError(setting: "AWS environment", problem: String(describing: error))
    }
  }
}
