plan examples/quick-start --format json --table matrix
