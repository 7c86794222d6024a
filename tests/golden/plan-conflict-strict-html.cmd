plan examples/conflict-drop --scenario strict --format html --no-graph
