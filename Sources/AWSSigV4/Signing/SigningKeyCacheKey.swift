/// Identifies a cached signing key without holding the secret it was derived from.
struct SigningKeyCacheKey: Hashable, Sendable {
  /// SHA-256 of the secret access key, region and service: it tells keys apart but cannot give the
  /// secret back.
  let identity: SHA256Digest

  /// The signing day as `YYYYMMDD`; a signing key is valid for one UTC day.
  let dayNumber: UInt32
}
