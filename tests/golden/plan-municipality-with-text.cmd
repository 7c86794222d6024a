plan examples/quick-start --municipality samsoe
