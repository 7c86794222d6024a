plan examples/quick-start --format md
