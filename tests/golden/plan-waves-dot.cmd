plan examples/waves-capacity --format dot
