explain examples/quick-start samsoe/core
