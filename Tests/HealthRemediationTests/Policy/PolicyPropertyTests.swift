import HealthRemediation
import Testing

@Suite("Random rule trees over random instances keep the policy's laws")
struct PolicyPropertyTests {
  private static let seeds: [UInt64] = [1, 2, 3, 0xDEAD_BEEF, 20_241_202]
  private static let treesPerSeed = 150
  private static let instancesPerTree = 12

  @Test("the generator is SplitMix64: its first output for seed 0 is the published one")
  func generatorIsSplitMix64() {
    var random = PolicySplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test("no rule tree, negated or not, acts on an instance whose tags could not be read", arguments: seeds)
  func unreadableTagsNeverActed(seed: UInt64) throws {
    var generator = PolicyRuleGenerator(seed: seed)
    var unreadable = 0
    for _ in 0..<Self.treesPerSeed {
      let rule = generator.rule(depth: 4, allowEmpty: true)
      for _ in 0..<Self.instancesPerTree {
        let instance = try generator.instance()
        guard instance.tags == nil else { continue }
        unreadable += 1
        for candidate in [rule, .not(rule), .not(.not(rule))] {
          for matching in TagMatching.allCases {
            let decision = candidate.evaluate(instance, matching: matching)
            #expect(decision.verdict == .skip, "seed \(seed): \(candidate)")
            #expect(decision.reason == "tags could not be read", "seed \(seed): \(candidate)")
          }
        }
      }
    }
    #expect(unreadable > Self.treesPerSeed, "the generator must produce unreadable instances")
  }

  @Test("not(not(r)) decides exactly like r on readable instances", arguments: seeds)
  func doubleNegation(seed: UInt64) throws {
    var generator = PolicyRuleGenerator(seed: seed)
    var verdicts = Set<PolicyVerdict>()
    for _ in 0..<Self.treesPerSeed {
      let rule = generator.rule(depth: 4, allowEmpty: true)
      for _ in 0..<Self.instancesPerTree {
        let instance = try generator.instance()
        guard instance.tags != nil else { continue }
        for matching in TagMatching.allCases {
          let decision = rule.evaluate(instance, matching: matching)
          verdicts.insert(decision.verdict)
          #expect(
            PolicyRule.not(.not(rule)).evaluate(instance, matching: matching) == decision,
            "seed \(seed): \(rule)")
        }
      }
    }
    #expect(verdicts == [.act, .skip], "the generator must produce both verdicts")
  }

  @Test("not(r) flips r's verdict on readable instances when r has no empty all or any", arguments: seeds)
  func negationFlips(seed: UInt64) throws {
    var generator = PolicyRuleGenerator(seed: seed)
    for _ in 0..<Self.treesPerSeed {
      let rule = generator.rule(depth: 4, allowEmpty: false)
      for _ in 0..<Self.instancesPerTree {
        let instance = try generator.instance()
        guard instance.tags != nil else { continue }
        let decision = rule.evaluate(instance, matching: .caseInsensitive)
        let negated = PolicyRule.not(rule).evaluate(instance, matching: .caseInsensitive)
        #expect(negated.verdict != decision.verdict, "seed \(seed): \(rule)")
        #expect(negated.reason == decision.reason, "seed \(seed): \(rule)")
      }
    }
  }

  @Test("not(all(rs)) decides like any(not(r) for r in rs), with the same reason", arguments: seeds)
  func deMorgan(seed: UInt64) throws {
    var generator = PolicyRuleGenerator(seed: seed)
    for _ in 0..<Self.treesPerSeed {
      let rules = (0..<3).map { _ in generator.rule(depth: 2, allowEmpty: true) }
      let instance = try generator.instance()
      let lhs = PolicyRule.not(.all(rules)).evaluate(instance, matching: .exact)
      let rhs = PolicyRule.any(rules.map { .not($0) }).evaluate(instance, matching: .exact)
      #expect(lhs == rhs, "seed \(seed): \(rules)")
    }
  }

  @Test("tag not equals decides exactly like not(tag equals)", arguments: seeds)
  func notEqualsIsNegatedEquals(seed: UInt64) throws {
    var generator = PolicyRuleGenerator(seed: seed)
    for _ in 0..<Self.treesPerSeed {
      guard case .tagEquals(let key, let value) = generator.rule(depth: 0, allowEmpty: false) else {
        continue
      }
      let instance = try generator.instance()
      for matching in TagMatching.allCases {
        #expect(
          PolicyRule.tagNotEquals(key: key, value: value).evaluate(instance, matching: matching)
            == PolicyRule.not(.tagEquals(key: key, value: value)).evaluate(instance, matching: matching))
      }
    }
  }

  @Test("every rule tree the format accepts survives writing and reading back", arguments: seeds)
  func documentRoundTrip(seed: UInt64) throws {
    var generator = PolicyRuleGenerator(seed: seed)
    for index in 0..<Self.treesPerSeed {
      let document = PolicyDocument(
        actWhen: generator.rule(depth: 5, allowEmpty: false),
        tagMatching: index.isMultiple(of: 2) ? .exact : .caseInsensitive)
      let text = document.encodedJSON()
      #expect(try PolicyDocument(json: text) == document, "seed \(seed):\n\(text)")
    }
  }
}
