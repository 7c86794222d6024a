plan examples/waves-capacity --format html --lang da --no-graph
