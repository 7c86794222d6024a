plan examples/waves-capacity --format json
