plan examples/quick-start --format dot --no-graph
