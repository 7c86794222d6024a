plan examples/organisation-budget --format md --lang da
