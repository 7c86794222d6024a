# Writes this case's input into the folder given as the first argument.
import pathlib, sys
pathlib.Path(sys.argv[1], "model.yaml").write_text("opgavesnit: 1\nx: " + "{a: [" * 100000 + "\n")
