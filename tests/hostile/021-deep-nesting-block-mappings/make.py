# Writes this case's input into the folder given as the first argument.
import pathlib, sys
lines = ["opgavesnit: 1"] + ["  " * i + "k%d:" % i for i in range(150)] + ["  " * 150 + "leaf"]
pathlib.Path(sys.argv[1], "model.yaml").write_text("\n".join(lines) + "\n")
