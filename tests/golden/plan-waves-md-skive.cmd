plan examples/waves-capacity --format md --municipality skive
