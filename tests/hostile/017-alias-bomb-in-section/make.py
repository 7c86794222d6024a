# Writes this case's input into the folder given as the first argument.
import pathlib, sys
lines = ["opgavesnit: 1", "region: {id: x, hourly_cost: 700}", "x0: &a0 [{id: t, name: lol}, {id: t, name: lol}]"]
for i in range(1, 40):
    lines.append("x%d: &a%d [*a%d, *a%d]" % (i, i, i - 1, i - 1))
lines.append("tasks: *a39")
pathlib.Path(sys.argv[1], "model.yaml").write_text("\n".join(lines) + "\n")
