/// Finds the region the process runs in, the way the AWS SDKs do.
public enum RegionResolution {
  /// `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the selected profile's `region` in the shared config.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - sharedConfiguration: the shared files, if loaded.
  /// - Returns: the region, or `nil` when none is configured.
  /// - Throws: ``AWSValidationError`` when the configured value is not a region name.
  public static func region(
    environment: [String: String], sharedConfiguration: SharedConfiguration? = nil
  ) throws(AWSValidationError) -> AWSRegion? {
    for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
      if let value = environment[variable], !value.isEmpty {
        do {
          return try AWSRegion(validating: value)
        } catch {
          throw AWSValidationError(field: variable, value: value, reason: error.reason)
        }
      }
    }
    guard let sharedConfiguration,
      let value = sharedConfiguration.profile(named: sharedConfiguration.selectedProfile)?["region"],
      !value.isEmpty
    else { return nil }
    do {
      return try AWSRegion(validating: value)
    } catch {
      throw AWSValidationError(
        field: "region of profile \"\(sharedConfiguration.selectedProfile)\"", value: value,
        reason: error.reason)
    }
  }
}
