# Writes this case's input into the folder given as the first argument.
import pathlib, sys
lines = ["opgavesnit: 1"] + ["unknown-%05d: %d" % (i, i) for i in range(10000)]
pathlib.Path(sys.argv[1], "model.yaml").write_text("\n".join(lines) + "\n")
