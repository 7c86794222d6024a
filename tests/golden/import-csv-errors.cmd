import csv tests/golden/import-csv-errors/inventar.csv --mapping tests/golden/import-csv-errors/mapping.yaml --municipality testby -o tests/golden/import-csv-errors/never-written.yaml
