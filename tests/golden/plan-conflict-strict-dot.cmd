plan examples/conflict-drop --scenario strict --format dot
