plan examples/quick-start --format csv --table matrix
