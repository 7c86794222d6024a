# Writes this case's input into the folder given as the first argument.
import pathlib, sys
text = ("opgavesnit: 1\nregion:\n  id: midtjylland\n  name: Region Midtjylland\n"
        "municipalities:\n  - id: norddjurs\n    name: Norddjurs Kommune, Gren\u00e5\n")
pathlib.Path(sys.argv[1], "model.yaml").write_bytes(text.encode("cp1252"))
