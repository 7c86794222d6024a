# Writes this case's input into the folder given as the first argument.
import pathlib, sys
n = 100000
pathlib.Path(sys.argv[1], "model.yaml").write_text("opgavesnit: 1\nx: " + "[" * n + "]" * n + "\n")
