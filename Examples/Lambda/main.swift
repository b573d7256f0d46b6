import Foundation
import LambdaRuntime
import RemediationHost

// A bad configuration fails here, before the first invocation, and is posted as an init error.
exit(
  await LambdaRunLoop.main { context in
    try await RemediationLambdaFactory.handler(environment: context.environment)
  })
