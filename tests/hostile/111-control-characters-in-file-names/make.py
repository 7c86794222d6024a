# Writes this case's input into the folder given as the first argument:
# the valid base model split over files whose names hold an escape
# sequence (that would clear the screen), a newline and a tab, each file
# with one unknown key.
import pathlib, sys
out = pathlib.Path(sys.argv[1])
text = (pathlib.Path(__file__).parent.parent / "100-valid-base-model" / "model.yaml").read_text()
(out / "evil\x1b[2Jname.yaml").write_text(text + "x1: 1\n")
(out / "two\nlines.yaml").write_text("opgavesnit: 1\nx2: 2\n")
(out / "tab\there.yaml").write_text("opgavesnit: 1\nx3: 3\n")
