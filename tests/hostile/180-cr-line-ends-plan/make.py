"""A valid model whose lines end in a lone CR: it plans as the same model with LF would."""
import os
import sys

lines = [
    "opgavesnit: 1",
    "region: {id: r, hourly_cost: 700}",
    "tasks: [{id: op}]",
    "component_types:",
    "  - {id: t, category: server, tasks: [{task: op, hours: 1}]}",
    "service_levels:",
    "  - {id: basis, price: {hourly_rate: 850}, includes: [{categories: [server]}]}",
    "municipalities:",
    "  - id: m",
    "    population: 1",
    "    components:",
    "      - id: c",
    "        type: t",
    "        name: \"two",
    "          lines\"",
    "scenarios: [{id: s, default_level: basis}]",
]
with open(os.path.join(sys.argv[1], "model.yaml"), "wb") as f:
    f.write("\r".join(lines).encode() + b"\r")
