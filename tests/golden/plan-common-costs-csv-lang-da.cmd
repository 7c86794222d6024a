plan examples/common-costs --format csv --table municipalities --lang da
