plan examples/quick-start --format json --lang da
