explain examples/conflict-drop --scenario drop norddjurs/historian
