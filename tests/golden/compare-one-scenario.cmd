compare examples/quick-start --scenario standard
