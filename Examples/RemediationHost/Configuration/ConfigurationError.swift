/// A setting that cannot be used: which one, and why. Nothing was changed.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The flag or environment variable concerned, for example `HEALTH_REMEDIATION_MAX_INSTANCES`.
  public let setting: String
  /// What is wrong with it.
  public let problem: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - setting: the flag or variable concerned.
  ///   - problem: what is wrong with it.
  public init(setting: String, problem: String) {
    self.setting = setting
    self.problem = problem
  }

  /// `setting: problem`.
  public var description: String { "\(setting): \(problem)" }
}
