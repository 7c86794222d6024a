# Writes this case's input into the folder given as the first argument.
import pathlib, sys
text = """\ufeffopgavesnit: 1
region: {id: midtjylland, name: "Region Midtjylland \u2013 \u00c5rhus", hourly_cost: 700}
tasks:
  - {id: drift, name: Drift og overv\u00e5gning}
  - {id: patching, name: "Opdatering og patching"}
component_types:
  - id: vm-cluster
    name: Virtualiseringsplatform
    category: server
    tasks:
      - &drift {task: drift, hours: 120}
      - {task: patching, hours: 16, requires: [drift]}
  - id: server-virtual
    category: server
    tasks:
      - *drift
service_levels:
  - {id: basis, name: "Basis \u2013 \u00f8", price: {hourly_rate: 850}, includes: [{categories: [server]}]}
municipalities:
  - id: norddjurs
    name: Norddjurs Kommune (Gren\u00e5)
    population: 38035
    components:
      - {id: vmw-prod, type: vm-cluster, name: "VMware produktion \u2013 \u00c6r\u00f8", tags: [prod]}
      - {id: esdh-app, type: server-virtual, depends_on: [vmw-prod]}
scenarios:
  - {id: alle-basis, name: Alle p\u00e5 Basis, default_level: basis}
"""
pathlib.Path(sys.argv[1], "model.yaml").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
