# Writes this case's input into the folder given as the first argument.
import pathlib, sys
# Generated: '<' and '>' cannot be in a file name on Windows, so this file is not committed.
pathlib.Path(sys.argv[1], "a&b<c>.yaml").write_text('opgavesnit: 1\n"<script>&amp;": 1\n')
