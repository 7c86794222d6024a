"""The generator of the bundled model models/midtjylland/, run by
tools/gen-midtjylland.py: the tables of facts and assumptions (data), the
YAML writing (yamlout) and one module per kind of file (tables, kommune,
scenarier)."""
