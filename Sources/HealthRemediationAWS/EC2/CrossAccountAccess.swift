/// How the adapter acts in accounts other than its own credentials' account.
public struct CrossAccountAccess: Hashable, Sendable {
  /// The role to assume in every other account (a name, optionally with a path: `path/name`), or `nil`
  /// to refuse other accounts with a clear error.
  public var roleName: String?
  /// The role session name, shown in the other account's CloudTrail.
  public var sessionName: String
  /// The external ID the roles' trust policies require, if any.
  public var externalID: String?
  /// How long assumed credentials should last; they are reused until 5 minutes before they expire.
  public var duration: Duration?

  /// Creates the settings.
  ///
  /// - Parameters:
  ///   - roleName: the role to assume in other accounts, or `nil` to refuse them.
  ///   - sessionName: the role session name.
  ///   - externalID: the external ID, if required.
  ///   - duration: how long assumed credentials should last.
  public init(
    roleName: String? = nil, sessionName: String = "health-remediation", externalID: String? = nil,
    duration: Duration? = nil
  ) {
    self.roleName = roleName
    self.sessionName = sessionName
    self.externalID = externalID
    self.duration = duration
  }

  /// No access to other accounts.
  public static let none = CrossAccountAccess()
}
