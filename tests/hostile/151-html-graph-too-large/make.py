# Writes this case's input into the folder given as the first argument: one
# municipality with 2,100 components, too many to draw in the HTML report.
import pathlib, sys
lines = ["opgavesnit: 1", "region:", "  id: stor", "  hourly_cost: 600",
         "tasks:", "  - id: operation",
         "component_types:",
         "  - id: switch", "    category: network", "    tasks:",
         "      - { task: operation, hours: 1 }",
         "service_levels:",
         "  - id: basis", "    price: { hourly_rate: 620 }", "    includes:",
         "      - categories: [network]",
         "municipalities:", "  - id: stor", "    population: 1000", "    components:"]
for i in range(2100):
    lines.append(f"      - {{ id: sw-{i:04d}, type: switch"
                 + (f", depends_on: [sw-{i - 1:04d}]" if i % 50 else "") + " }")
lines += ["scenarios:", "  - id: alle", "    default_level: basis"]
pathlib.Path(sys.argv[1], "model.yaml").write_text("\n".join(lines) + "\n")
