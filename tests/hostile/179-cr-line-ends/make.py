"""A model whose lines end in a lone CR (classic Mac OS), with an unknown key on line 5:
read as YAML reads it, with the right line numbers (git would keep CRs in a committed file
only by luck, so the file is written here)."""
import os
import sys

lines = [
    "opgavesnit: 1",
    "region: {id: r, hourly_cost: 700}",
    "tasks: [{id: op}]",
    "component_types:",
    "  - {id: t, category: server, tasks: [{task: op, hours: 1}], colour: red}",
    "service_levels:",
    "  - {id: basis, price: {hourly_rate: 850}, includes: [{categories: [server]}]}",
    "municipalities:",
    "  - id: m",
    "    population: 1",
    "    name: \"two\r  lines\"",
    "    components: [{id: c, type: t}]",
    "scenarios: [{id: s, default_level: basis}]",
]
with open(os.path.join(sys.argv[1], "model.yaml"), "wb") as f:
    f.write("\r".join(lines).encode() + b"\r")
