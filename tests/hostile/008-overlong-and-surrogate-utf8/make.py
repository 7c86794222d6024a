# Writes this case's input into the folder given as the first argument.
import pathlib, sys
# "opgavesnit: 1" then a name holding an overlong '/' (C0 AF) and a UTF-16 surrogate (ED A0 80).
data = b"opgavesnit: 1\nregion:\n  id: x\n  name: a\xc0\xafb\xed\xa0\x80\n"
pathlib.Path(sys.argv[1], "model.yaml").write_bytes(data)
