plan examples/conflict-drop --scenario drop --format html --lang da --no-graph
