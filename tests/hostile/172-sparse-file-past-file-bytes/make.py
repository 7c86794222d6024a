"""Three sparse files of 1.5 GB: with --limit file-bytes=1000 none may be read whole."""
import os
import sys

for name in ("a.yaml", "b.yaml", "c.yaml"):
    with open(os.path.join(sys.argv[1], name), "wb") as f:
        f.write(b"opgavesnit: 1\n")
        f.truncate(1500 * 1000 * 1000)
