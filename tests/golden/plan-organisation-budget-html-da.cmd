plan examples/organisation-budget --format html --lang da --no-graph
