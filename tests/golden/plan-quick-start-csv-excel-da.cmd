plan examples/quick-start --format csv --table municipalities --csv-dialect excel-da
