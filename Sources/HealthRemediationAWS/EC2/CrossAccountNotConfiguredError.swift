import HealthRemediation

/// Instances in another account were to be acted on, but no role to assume there is configured.
public struct CrossAccountNotConfiguredError: Error, Hashable, Sendable, CustomStringConvertible,
  OperationFailureConvertible
{
  /// The scope that cannot be reached.
  public let scope: ResourceScope
  /// The account the credentials belong to.
  public let callerAccountID: String

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - scope: the scope that cannot be reached.
  ///   - callerAccountID: the account the credentials belong to.
  public init(scope: ResourceScope, callerAccountID: String) {
    self.scope = scope
    self.callerAccountID = callerAccountID
  }

  /// Which account cannot be reached, and how to allow it.
  public var description: String {
    "cannot act in account \(scope.accountID) (scope \(scope)): the credentials belong to account "
      + "\(callerAccountID) and no cross-account role name is configured"
  }

  /// The error as the report records it, with code `CrossAccountRoleNotConfigured`.
  public var operationFailure: OperationFailure {
    OperationFailure(code: "CrossAccountRoleNotConfigured", message: description)
  }
}
