# Writes this case's input into the folder given as the first argument.
import pathlib, sys
text = open(pathlib.Path(__file__).parent.parent / "100-valid-base-model" / "model.yaml").read()
text += "x: " + "[" * 150 + "]" * 150 + "\n"
pathlib.Path(sys.argv[1], "model.yaml").write_text(text)
