explain examples/conflict-drop --scenario strict norddjurs/historian
