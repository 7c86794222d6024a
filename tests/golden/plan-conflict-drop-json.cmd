plan examples/conflict-drop --scenario drop --format json
