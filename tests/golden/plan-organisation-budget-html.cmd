plan examples/organisation-budget --format html --no-graph
