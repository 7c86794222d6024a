validate examples/waves-capacity --werror
