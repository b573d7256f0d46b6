/// One scope's describe answer, indexed so that deciding is linear in the number of instances.
struct ScopeInventory {
  let instances: [InstanceID: InstanceDescription]
  let missing: Set<InstanceID>

  init(_ inventory: InstanceInventory) {
    instances = Dictionary(inventory.instances.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    missing = Set(inventory.missing)
  }
}
