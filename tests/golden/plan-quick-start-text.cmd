plan examples/quick-start
