# Writes this case's input into the folder given as the first argument.
import pathlib, sys
pathlib.Path(sys.argv[1], "model.yaml").write_bytes(
    b"opgavesnit: 1\nregion:\n  id: midtjylland\n  name: Mid\x00tjylland\n  hourly_cost: 700\n")
