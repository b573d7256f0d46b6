/// `HEALTH_REMEDIATION_REQUIRE_MOTO=1` is set but `MOTO_ENDPOINT` is not.
struct MotoServerMissing: Error, CustomStringConvertible {
  var description: String {
    "HEALTH_REMEDIATION_REQUIRE_MOTO=1 but MOTO_ENDPOINT is not set: run the tests with scripts/test.sh"
  }
}
