/// `HEALTH_REMEDIATION_REQUIRE_MOTO=1` is set but `MOTO_ENDPOINT` is not.
public struct MotoServerMissing: Error, CustomStringConvertible {
  /// What to do about it.
  public var description: String {
    "HEALTH_REMEDIATION_REQUIRE_MOTO=1 but MOTO_ENDPOINT is not set: run the tests with scripts/test.sh"
  }
}
