plan examples/common-costs --format md --lang da
