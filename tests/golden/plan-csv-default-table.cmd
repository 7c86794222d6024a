plan examples/quick-start --format csv
