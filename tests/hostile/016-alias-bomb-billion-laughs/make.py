# Writes this case's input into the folder given as the first argument.
import pathlib, sys
lines = ["opgavesnit: 1", 'lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
for i in range(1, 10):
    lines.append("lol%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)))
pathlib.Path(sys.argv[1], "model.yaml").write_text("\n".join(lines) + "\n")
