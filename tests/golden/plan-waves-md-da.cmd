plan examples/waves-capacity --format md --lang da
