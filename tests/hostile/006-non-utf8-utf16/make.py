# Writes this case's input into the folder given as the first argument.
import pathlib, sys
pathlib.Path(sys.argv[1], "model.yaml").write_bytes("opgavesnit: 1\n".encode("utf-16"))
