# Writes this case's input into the folder given as the first argument.
import pathlib, sys
PREFIX = '{opgavesnit: 1, region: {id: midtjylland, name: "'
MIDDLE = '", hourly_cost: 700, '
with open(pathlib.Path(sys.argv[1], "model.yaml"), "w") as f:
    f.write(PREFIX + "a" * 50_000_000 + MIDDLE + "bogus: 1}}\n")
