import csv examples/import-csv/inventar.csv --mapping examples/import-csv/mapping.yaml --municipality norddjurs --name "Norddjurs Kommune" --code 707 --population 38035
