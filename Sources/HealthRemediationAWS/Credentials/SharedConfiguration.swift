/// The AWS shared `credentials` and `config` files, read into profiles.
///
/// The files are `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/credentials`) and `AWS_CONFIG_FILE`
/// (default `~/.aws/config`); the profile is `AWS_PROFILE` (then `AWS_DEFAULT_PROFILE`, then `default`).
/// In `config` a profile is `[profile NAME]` (or `[default]`); in `credentials` it is `[NAME]`; the
/// credentials file wins where both set a property.
public struct SharedConfiguration: Hashable, Sendable {
  /// The parsed credentials file (empty when there is none).
  public let credentialsFile: INIFile
  /// The parsed config file (empty when there is none).
  public let configFile: INIFile
  /// Whether either file exists.
  public let filesExist: Bool
  /// The profile selected by the environment.
  public let selectedProfile: String
  /// Whether the environment named the profile explicitly (so a missing one is an error, not a skip).
  public let profileWasNamed: Bool

  /// Creates a configuration from parsed files.
  ///
  /// - Parameters:
  ///   - credentialsFile: the parsed credentials file.
  ///   - configFile: the parsed config file.
  ///   - selectedProfile: the profile to use.
  ///   - profileWasNamed: whether the profile was named explicitly.
  public init(
    credentialsFile: INIFile = INIFile(), configFile: INIFile = INIFile(),
    selectedProfile: String = "default",
    profileWasNamed: Bool = false
  ) {
    self.credentialsFile = credentialsFile
    self.configFile = configFile
    self.filesExist = !credentialsFile.sections.isEmpty || !configFile.sections.isEmpty
    self.selectedProfile = selectedProfile
    self.profileWasNamed = profileWasNamed
  }

  /// Loads the files the environment points to.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - fileReader: how files are read.
  /// - Returns: the configuration; missing files count as empty.
  /// - Throws: ``CredentialsError`` `.invalidConfiguration` when a file cannot be read or parsed.
  public static func load(environment: [String: String], fileReader: any FileReader) throws(CredentialsError)
    -> SharedConfiguration
  {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    let credentialsPath = expand(
      environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials", home: home)
    let configPath = expand(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config", home: home)
    let named = environment["AWS_PROFILE"] ?? environment["AWS_DEFAULT_PROFILE"]
    let profile = named.flatMap { $0.isEmpty ? nil : $0 }
    return SharedConfiguration(
      credentialsFile: try read(credentialsPath, fileReader: fileReader),
      configFile: try read(configPath, fileReader: fileReader),
      selectedProfile: profile ?? "default",
      profileWasNamed: profile != nil)
  }

  /// The merged properties of a profile, or `nil` when neither file has it.
  ///
  /// - Parameter name: the profile name.
  public func profile(named name: String) -> [String: String]? {
    let fromConfig =
      name == "default"
      ? (configFile[section: "default"] ?? configFile[section: "profile default"])
      : configFile[section: "profile \(name)"]
    let fromCredentials = credentialsFile[section: name]
    if fromConfig == nil && fromCredentials == nil { return nil }
    return (fromConfig ?? [:]).merging(fromCredentials ?? [:]) { _, credentials in credentials }
  }

  private static func expand(_ path: String, home: String?) -> String? {
    guard path.hasPrefix("~") else { return path }
    guard let home else { return nil }
    return home + path.dropFirst()
  }

  private static func read(_ path: String?, fileReader: any FileReader) throws(CredentialsError) -> INIFile {
    guard let path else { return INIFile() }
    let text: String?
    do {
      text = try fileReader.contentsOfFile(atPath: path)
    } catch {
      throw CredentialsError(
        kind: .invalidConfiguration, source: "shared files", reason: "cannot read \(path): \(error)")
    }
    guard let text else { return INIFile() }
    do {
      return try INIFile(parsing: text, path: path)
    } catch {
      throw CredentialsError(kind: .invalidConfiguration, source: "shared files", reason: error.description)
    }
  }
}
