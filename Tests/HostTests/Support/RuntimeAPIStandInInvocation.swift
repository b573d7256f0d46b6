/// One event the stand-in handed out, and how the runtime answered it.
struct RuntimeAPIStandInInvocation: Decodable, Hashable, Sendable {
  /// The position of the event on the stand-in's command line.
  var index: Int
  /// The event file's name.
  var event: String
  var requestId: String
  var deadlineMs: Int64
  /// `response`, `error`, or nil when the runtime has not answered.
  var outcome: String?
  /// The posted body, decoded as UTF-8.
  var body: String?
  /// The `Lambda-Runtime-Function-Error-Type` header of an error.
  var errorTypeHeader: String?
  /// The posted error body, when it was JSON.
  var error: RuntimeAPIStandInErrorBody?
}
