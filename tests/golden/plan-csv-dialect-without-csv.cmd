plan examples/quick-start --format md --csv-dialect excel-da
