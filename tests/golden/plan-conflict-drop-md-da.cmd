plan examples/conflict-drop --scenario drop --format md --lang da
