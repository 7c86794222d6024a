plan examples/conflict-drop --scenario drop --format csv --table components
