import Foundation
import HealthRemediation

extension HostSettings {
  /// The environment variables a host reads, with what they mean; the README's configuration table.
  public static let environmentVariables: [(name: String, meaning: String)] = [
    ("SNS_TOPIC_ARN", "the SNS topic to notify (as in the workshop)"),
    ("HEALTH_REMEDIATION_POLICY", "a policy document: inline JSON, or the path of a JSON file"),
    ("HEALTH_REMEDIATION_DRY_RUN", "true to describe and evaluate only"),
    (
      "HEALTH_REMEDIATION_MAX_INSTANCES",
      "blast-radius limit per event (default 50; 0 or 'none' for no limit)"
    ),
    ("HEALTH_REMEDIATION_ROLE_NAME", "role assumed in accounts other than the caller's"),
    ("HEALTH_REMEDIATION_AUDIT_TAGS", "true to tag stopped instances with the event"),
    ("HEALTH_REMEDIATION_DEFAULT_REGION", "region for bare instance IDs in a global event"),
  ]

  /// Reads settings from environment variables (see ``environmentVariables``).
  ///
  /// - Parameter environment: the environment.
  /// - Returns: the settings.
  /// - Throws: ``ConfigurationError`` naming the variable and the problem.
  public static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError)
    -> HostSettings
  {
    var settings = HostSettings()
    settings.topicARN = try topicARN(environment["SNS_TOPIC_ARN"], setting: "SNS_TOPIC_ARN")
    if let text = environment["HEALTH_REMEDIATION_POLICY"], !text.isEmpty {
      settings.policy = try policy(from: text, setting: "HEALTH_REMEDIATION_POLICY")
    }
    settings.dryRun = try boolean(
      environment["HEALTH_REMEDIATION_DRY_RUN"], setting: "HEALTH_REMEDIATION_DRY_RUN")
    if let text = environment["HEALTH_REMEDIATION_MAX_INSTANCES"], !text.isEmpty {
      settings.maximumInstances = try maximumInstances(text, setting: "HEALTH_REMEDIATION_MAX_INSTANCES")
    }
    settings.roleName = try roleName(
      environment["HEALTH_REMEDIATION_ROLE_NAME"], setting: "HEALTH_REMEDIATION_ROLE_NAME")
    settings.auditTags = try boolean(
      environment["HEALTH_REMEDIATION_AUDIT_TAGS"], setting: "HEALTH_REMEDIATION_AUDIT_TAGS")
    settings.region = try region(
      environment["HEALTH_REMEDIATION_DEFAULT_REGION"], setting: "HEALTH_REMEDIATION_DEFAULT_REGION")
    return settings
  }

  static func boolean(_ text: String?, setting: String) throws(ConfigurationError) -> Bool {
    switch text?.lowercased() {
    case nil, "", "false", "0", "no", "off": return false
    case "true", "1", "yes", "on": return true
    default:
      throw ConfigurationError(
        setting: setting, problem: "expected true or false, got '\((text ?? "").prefix(40))'")
    }
  }

  static func maximumInstances(_ text: String, setting: String) throws(ConfigurationError) -> Int? {
    if text == "none" || text == "0" { return nil }
    guard let value = Int(text), value > 0 else {
      throw ConfigurationError(
        setting: setting, problem: "expected a positive whole number or 'none', got '\(text.prefix(40))'")
    }
    return value
  }

  static func topicARN(_ text: String?, setting: String) throws(ConfigurationError) -> String? {
    guard let text, !text.isEmpty else { return nil }
    do {
      let arn = try ARN(parsing: text)
      guard arn.service == "sns", RegionName.isValid(arn.region), arn.accountID.count == 12 else {
        throw ARNError(
          text: text, reason: "an SNS topic ARN looks like arn:aws:sns:us-east-1:123456789012:topic")
      }
      return text
    } catch {
      throw ConfigurationError(setting: setting, problem: String(describing: error))
    }
  }

  static func roleName(_ text: String?, setting: String) throws(ConfigurationError) -> String? {
    guard let text, !text.isEmpty else { return nil }
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-/")
    guard text.count <= 64, text.allSatisfy({ allowed.contains($0) }), !text.hasPrefix("/") else {
      throw ConfigurationError(setting: setting, problem: "'\(text.prefix(70))' is not an IAM role name")
    }
    return text
  }

  static func region(_ text: String?, setting: String) throws(ConfigurationError) -> String? {
    guard let text, !text.isEmpty else { return nil }
    guard RegionName.isValid(text) else {
      throw ConfigurationError(
        setting: setting, problem: "'\(text.prefix(40))' is not a region name like us-east-1")
    }
    return text
  }

  /// Reads a policy document from inline JSON or from a file.
  static func policy(from text: String, setting: String) throws(ConfigurationError) -> PolicyDocument {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let json: Data
    if trimmed.hasPrefix("{") {
      json = Data(trimmed.utf8)
    } else {
      do {
        json = try Data(contentsOf: URL(fileURLWithPath: trimmed))
      } catch {
        throw ConfigurationError(
          setting: setting, problem: "cannot read the policy file '\(trimmed)': \(error.localizedDescription)"
        )
      }
    }
    do {
      return try PolicyDocument(json: json)
    } catch {
      throw ConfigurationError(setting: setting, problem: "invalid policy document: \(error)")
    }
  }
}
