/// A message moto says was published.
struct PublishedMessage: Hashable {
  let messageID: String
  let message: String
  let subject: String?
  let attributes: [String: String]
}
