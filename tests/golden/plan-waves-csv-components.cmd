plan examples/waves-capacity --format csv --table components
