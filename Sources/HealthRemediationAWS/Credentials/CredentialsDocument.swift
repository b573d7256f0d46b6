import AWSSigV4
import Foundation
import HealthRemediation

/// The JSON the container credentials endpoint and the instance metadata service return.
struct CredentialsDocument: Decodable {
  var code: String?
  var accessKeyID: String?
  var secretAccessKey: String?
  var token: String?
  var expiration: String?

  enum CodingKeys: String, CodingKey {
    case code = "Code"
    case accessKeyID = "AccessKeyId"
    case secretAccessKey = "SecretAccessKey"
    case token = "Token"
    case expiration = "Expiration"
  }

  /// Decodes the document into credentials.
  ///
  /// - Throws: ``CredentialsError`` `.unavailable` naming the source when the document is not usable
  ///   (never quoting it: it holds the secret).
  static func credentials(from body: [UInt8], source: String) throws(CredentialsError) -> AWSCredentials {
    guard let document = try? JSONDecoder().decode(CredentialsDocument.self, from: Data(body)) else {
      throw CredentialsError(
        kind: .unavailable, source: source, reason: "the answer is not a credentials document")
    }
    if let code = document.code, code != "Success" {
      throw CredentialsError(
        kind: .unavailable, source: source, reason: "the answer's Code is \"\(code.prefix(40))\"")
    }
    guard let accessKeyID = document.accessKeyID, !accessKeyID.isEmpty,
      let secret = document.secretAccessKey, !secret.isEmpty
    else {
      throw CredentialsError(
        kind: .unavailable, source: source, reason: "the answer lacks AccessKeyId or SecretAccessKey")
    }
    let expiration = document.expiration.flatMap { HealthRemediation.ISO8601Timestamp($0.trimmed)?.date }
    if document.expiration != nil && expiration == nil {
      throw CredentialsError(
        kind: .unavailable, source: source, reason: "the answer's Expiration is not ISO-8601")
    }
    return AWSCredentials(
      accessKeyID: accessKeyID, secretAccessKey: secret,
      sessionToken: document.token.flatMap { $0.isEmpty ? nil : $0 }, expiration: expiration)
  }
}
