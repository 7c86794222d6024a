compare examples/conflict-drop --scenario strict --scenario drop --format md --lang da
