plan examples/quick-start --format html --no-graph
