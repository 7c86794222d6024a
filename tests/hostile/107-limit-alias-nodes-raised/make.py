# Writes this case's input into the folder given as the first argument.
import pathlib, sys
text = open(pathlib.Path(__file__).parent.parent / "100-valid-base-model" / "model.yaml").read()
text += "x:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
for i in range(1, 6):
    text += "  a%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10))
pathlib.Path(sys.argv[1], "model.yaml").write_text(text)
