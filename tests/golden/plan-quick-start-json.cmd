plan examples/quick-start --format json
