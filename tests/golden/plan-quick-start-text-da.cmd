plan examples/quick-start --lang da
