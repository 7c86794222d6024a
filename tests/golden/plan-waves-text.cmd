plan examples/waves-capacity
