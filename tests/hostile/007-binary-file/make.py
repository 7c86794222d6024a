# Writes this case's input into the folder given as the first argument.
import pathlib, random, sys
rng = random.Random(42)
data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(200000))
pathlib.Path(sys.argv[1], "model.yaml").write_bytes(data)
