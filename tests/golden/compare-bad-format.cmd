compare examples/conflict-drop -s strict -s drop --format html
