plan examples/common-costs --format html --no-graph
